// docs/schema.md as a function of the schema module, so the document cannot drift from the lists
// the product creates (tests/unit/docs/schemaDoc.test.ts compares the committed file with this).
import type { FieldDef, ListDef, ListKey, Schema } from '../../src/data/schema';
import { choiceColumn } from '../../src/data/schema/choiceColumns';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(field: FieldDef, list: ListKey): string {
  switch (field.type) {
    case 'Text':
      return `Text (${field.maxLength})`;
    case 'Note':
      return field.encoding === 'plain' ? 'Note' : `Note (${field.encoding})`;
    case 'Number': {
      const range = field.min !== undefined || field.max !== undefined ? ` ${field.min ?? ''}..${field.max ?? ''}` : '';
      return `Number${range}`;
    }
    case 'DateTime':
      return field.dateOnly ? 'DateTime (date)' : 'DateTime';
    case 'Choice':
    case 'MultiChoice':
    {
      // Stable literals with the Danish label beside them (ADR 0010).
      const labels = choiceColumn(list, field.name)?.labelOf ?? {};
      return `${field.type}${field.fillIn ? ' (fill-in)' : ''}: ${field.choices.map((c) => (labels[c] ? `${c} (${labels[c]})` : c)).join(', ')}`;
    }
    case 'Lookup':
    case 'LookupMulti':
      return `${field.type} → ${field.list}.${field.showField}`;
    default:
      return field.type;
  }
}

function flags(field: FieldDef): string {
  return [field.required ? 'required' : '', field.indexed ? 'indexed' : '', field.unique ? 'unique' : ''].filter((f) => f !== '').join(', ');
}

function listSection(list: ListDef): string {
  const rows = list.fields.map((f) => `| \`${f.name}\` | ${cell(f.displayName)} | ${cell(typeOf(f, list.key))} | ${flags(f)} | ${cell(f.description)} |`);
  const permissions = Object.entries(list.permissions).map(([group, role]) => `${group}: ${role}`).join(', ');
  const views = list.views.map((v) => `"${v.title}"`).join(', ');
  return [
    `## ${list.key} (\`${list.url}\`, "${list.title}")`,
    '',
    cell(list.description),
    '',
    `Permissions: ${permissions}.${views ? ` Views: ${views}.` : ''}`,
    '',
    '| Internal name | Danish display name | Type | Flags | Description |',
    '|---|---|---|---|---|',
    ...rows,
    ''
  ].join('\n');
}

export function schemaMarkdown(schema: Schema): string {
  const groups = schema.groups.map((g) => `| \`${g.key}\` | ${cell(g.title)} | ${cell(g.description)} |`);
  return [
    '# The list schema',
    '',
    '<!-- Generated from src/data/schema by `npx tsx scripts/generate-docs.ts`; do not edit by hand.',
    '     tests/unit/docs/schemaDoc.test.ts fails while this file is out of date. -->',
    '',
    `Schema version ${schema.version}. Internal names are English and never renamed; display names are Danish.`,
    'Everything else (provisioning, the PnP template, the emulator seed, the repositories\' `$select`) derives',
    'from the same module.',
    '',
    '## Groups',
    '',
    '| Key | SharePoint group | What it is for |',
    '|---|---|---|',
    ...groups,
    '',
    `Permission level "${schema.roleDefinition.name}": ${cell(schema.roleDefinition.description)}`,
    '',
    ...schema.lists.map(listSection)
  ].join('\n');
}
