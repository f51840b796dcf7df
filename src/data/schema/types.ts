// The vocabulary of the schema: lists, fields, views, groups and permissions as plain data. The
// provisioning, the PnP template, the emulator's seed and the repositories' $select all read it.
import type { GroupKey } from '../../domain';

export type ListKey =
  | 'Strategies'
  | 'Tracks'
  | 'Requirements'
  | 'Departments'
  | 'Agreements'
  | 'Goals'
  | 'ApprovalLog'
  | 'Reminders'
  | 'Settings'
  | 'CheckIns'
  | 'Dialogues'
  | 'Substitutions';

export type FieldType =
  'Text' | 'Note' | 'Number' | 'Boolean' | 'DateTime' | 'Choice' | 'MultiChoice' | 'Lookup' | 'LookupMulti' | 'User' | 'UserMulti' | 'Guid' | 'URL';

interface FieldBase {
  /** Internal and static name: English, stable, never renamed. */
  name: string;
  /** Danish display name. */
  displayName: string;
  /** Danish help text shown under the field. */
  description: string;
  required?: boolean;
  indexed?: boolean;
  /** Requires `indexed`. */
  unique?: boolean;
  /** SharePoint's own field (Title): provisioning updates its display name, never creates it. */
  builtIn?: boolean;
  /** What a change to the column means for an approval (content when absent): `workflow` is
   * bookkeeping (Stage, when it changed, the ClientId) and never makes an approval stale;
   * `yearEnd` is the outcome recorded in the follow-up stage, allowed there after the approval. */
  changeKind?: 'workflow' | 'yearEnd';
  /** Read only by the queries that name it (QueryShape.fields, or a mapping that adds it): a
   * column one feature needs stays out of every view's $select (e.g. ImportBase, decision 0011). */
  readOnDemand?: true;
}

export interface TextFieldDef extends FieldBase {
  type: 'Text';
  maxLength: number;
}

/** How a Note column encodes a multi-value domain field that has no list of its own. */
export type NoteEncoding = 'plain' | 'lines' | 'json';

export interface NoteFieldDef extends FieldBase {
  type: 'Note';
  /** plain: free text; lines: one value per line; json: a JSON array of objects. */
  encoding: NoteEncoding;
}

export interface NumberFieldDef extends FieldBase {
  type: 'Number';
  min?: number;
  max?: number;
  decimals?: number;
}

export interface BooleanFieldDef extends FieldBase {
  type: 'Boolean';
  defaultValue: boolean;
}

export interface DateTimeFieldDef extends FieldBase {
  type: 'DateTime';
  dateOnly: boolean;
}

export interface ChoiceFieldDef extends FieldBase {
  type: 'Choice' | 'MultiChoice';
  /** The stored values, in display order. */
  choices: readonly string[];
  /** Allow values outside `choices` (a stage label of another municipality's configuration). */
  fillIn?: boolean;
}

export interface LookupFieldDef extends FieldBase {
  type: 'Lookup' | 'LookupMulti';
  list: ListKey;
  showField: string;
}

export interface UserFieldDef extends FieldBase {
  type: 'User' | 'UserMulti';
}

export interface SimpleFieldDef extends FieldBase {
  type: 'Guid' | 'URL';
}

export type FieldDef =
  TextFieldDef | NoteFieldDef | NumberFieldDef | BooleanFieldDef | DateTimeFieldDef | ChoiceFieldDef | LookupFieldDef | UserFieldDef | SimpleFieldDef;

export interface ViewDef {
  /** Danish title; also how provisioning finds the view again. */
  title: string;
  fields: readonly string[];
  /** CAML <OrderBy>/<Where>; every view sorts or filters on an indexed column first. */
  query: string;
  rowLimit: number;
  isDefault: boolean;
}

/** Role a group gets on a list: SharePoint's built-in levels, or the schema's "Kun tilføj". */
export type RoleKey = 'read' | 'contribute' | 'addOnly' | 'fullControl';

export interface ListDef {
  key: ListKey;
  /** Web-relative URL, e.g. "Lists/Goals". */
  url: string;
  /** Danish list title. */
  title: string;
  description: string;
  fields: readonly FieldDef[];
  views: readonly ViewDef[];
  /** Role per group; the site's owners group always keeps full control. */
  permissions: Readonly<Record<GroupKey, RoleKey>>;
  /** Items live in one folder per department, whose unique permissions add Contribute for that
   * department's leader and editors (src/data/provisioning/departmentFolders.ts). */
  folderPerDepartment?: boolean;
}

export interface GroupDef {
  key: GroupKey;
  /** SharePoint group title (Danish). */
  title: string;
  description: string;
}

export interface RoleDefinitionDef {
  key: 'addOnly';
  name: string;
  description: string;
  /** PnPjs PermissionKind values (1-based bit numbers). */
  permissions: readonly number[];
}

export interface Schema {
  /** Bumped when a change needs more than "add what is missing". */
  version: number;
  lists: readonly ListDef[];
  groups: readonly GroupDef[];
  roleDefinition: RoleDefinitionDef;
}
