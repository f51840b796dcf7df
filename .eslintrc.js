require('@rushstack/eslint-config/patch/modern-module-resolution');

// The SPFx React profile with the project's strictness: zero warnings (`npm run lint` and
// `gulp bundle --ship` both fail on any), no `any`, hooks rules on.
module.exports = {
  // 'prettier' last: it turns off the few rules that would fight the formatter (no-extra-semi,
  // no-mixed-spaces-and-tabs); formatting is Prettier's (.prettierrc.json, npm run format:check).
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react', 'prettier'],
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
        'no-restricted-syntax': [
          'error',
          {
            selector: "MemberExpression[property.name='getByTitle']",
            message: 'Address lists by URL with listByUrl(sp, list), never by title (issue #14).'
          }
        ]
      }
    },
    {
      // Repositories own their queries (docs/architecture.md): a service composes repository
      // methods and never builds OData, reaches into a repository's store or calls PnPjs itself.
      // The connection's type may pass through (services hand it to repositories).
      files: ['src/services/**/*.ts', 'src/services/**/*.tsx'],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: ['@pnp/*'],
                allowTypeImports: true,
                message: 'Services do not call PnPjs: add a named method to a repository (src/data/repositories) or the SiteRepository.'
              },
              { group: ['**/data/odata', '**/data/odata/*'], message: 'Services do not build OData: add a named query to the repository.' }
            ]
          }
        ],
        'no-restricted-syntax': [
          'error',
          {
            selector: "MemberExpression[property.name='getByTitle']",
            message: 'Address lists by URL with listByUrl(sp, list), never by title (issue #14).'
          },
          {
            selector: "MemberExpression[property.name='store']",
            message: "A service does not reach into a repository's store: add a named repository method."
          },
          {
            selector: 'MemberExpression[property.name=/^(web|batched)$/]',
            message: 'A service does not call SharePoint directly (sp.web…, sp.batched()): use a repository or the SiteRepository.'
          },
          {
            selector:
              'MemberExpression[object.property.name=/^(strategies|tracks|requirements)$/][property.name=/^(query|page|finish|create|update|remove|getById|findByClientId|items)$/]',
            message: "A service does not reach into a repository's list stores: add a named repository method."
          },
          {
            selector: 'ImportDeclaration[source.value=/listByUrl$/]',
            message: 'A service does not address lists: use a repository.'
          }
        ]
      }
    }
  ]
};
