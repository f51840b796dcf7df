require('@rushstack/eslint-config/patch/modern-module-resolution');

// The SPFx React profile with the project's strictness: zero warnings (`npm run lint` and
// `gulp bundle --ship` both fail on any), no `any`, hooks rules on.
module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname },
  overrides: [
    {
      files: ['*.ts', '*.tsx'],
      parser: '@typescript-eslint/parser',
      parserOptions: {
        project: './tsconfig.json',
        ecmaVersion: 2020,
        sourceType: 'module'
      },
      rules: {
        '@typescript-eslint/no-explicit-any': 'error',
        // Destructuring a field away (`const { id: _id, ...rest } = item`) names what is dropped.
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
        'react-hooks/rules-of-hooks': 'error',
        'react-hooks/exhaustive-deps': 'error',
        // Lists are addressed by URL (listByUrl): a title follows the UI language and can be renamed.
        'no-restricted-syntax': ['error', {
          selector: "MemberExpression[property.name='getByTitle']",
          message: 'Address lists by URL with listByUrl(sp, list), never by title (issue #14).'
        }]
      }
    }
  ]
};
