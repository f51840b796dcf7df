// Small constructors that keep the list declarations one line per field.
import { MULTI_LINE_MAX, SINGLE_LINE_MAX } from '../../domain';
import type {
  BooleanFieldDef,
  ChoiceFieldDef,
  DateTimeFieldDef,
  FieldDef,
  ListKey,
  LookupFieldDef,
  NoteEncoding,
  NoteFieldDef,
  NumberFieldDef,
  SimpleFieldDef,
  TextFieldDef,
  UserFieldDef
} from './types';

type Options = Partial<Pick<FieldDef, 'required' | 'indexed' | 'unique'>>;

export { MULTI_LINE_MAX, SINGLE_LINE_MAX };

/** The built-in Title column with a Danish display name. */
export const title = (displayName: string, description: string): TextFieldDef => ({
  type: 'Text',
  name: 'Title',
  displayName,
  description,
  maxLength: SINGLE_LINE_MAX,
  required: true,
  builtIn: true
});

export const text = (name: string, displayName: string, description: string, o: Options = {}): TextFieldDef => ({
  type: 'Text',
  name,
  displayName,
  description,
  maxLength: SINGLE_LINE_MAX,
  ...o
});

export const note = (name: string, displayName: string, description: string, encoding: NoteEncoding = 'plain', o: Options = {}): NoteFieldDef => ({
  type: 'Note',
  name,
  displayName,
  description,
  encoding,
  ...o
});

export const num = (
  name: string,
  displayName: string,
  description: string,
  o: Options & Pick<NumberFieldDef, 'min' | 'max' | 'decimals'> = {}
): NumberFieldDef => ({
  type: 'Number',
  name,
  displayName,
  description,
  ...o
});

export const bool = (name: string, displayName: string, description: string, defaultValue: boolean): BooleanFieldDef => ({
  type: 'Boolean',
  name,
  displayName,
  description,
  defaultValue
});

export const date = (name: string, displayName: string, description: string, dateOnly: boolean, o: Options = {}): DateTimeFieldDef => ({
  type: 'DateTime',
  name,
  displayName,
  description,
  dateOnly,
  ...o
});

export const choice = (
  name: string,
  displayName: string,
  description: string,
  choices: readonly string[],
  o: Options & { fillIn?: boolean } = {}
): ChoiceFieldDef => ({
  type: 'Choice',
  name,
  displayName,
  description,
  choices,
  ...o
});

export const multiChoice = (name: string, displayName: string, description: string, choices: readonly string[]): ChoiceFieldDef => ({
  type: 'MultiChoice',
  name,
  displayName,
  description,
  choices
});

export const lookup = (name: string, displayName: string, description: string, list: ListKey, o: Options = {}): LookupFieldDef => ({
  type: 'Lookup',
  name,
  displayName,
  description,
  list,
  showField: 'Title',
  ...o
});

export const lookupMulti = (name: string, displayName: string, description: string, list: ListKey): LookupFieldDef => ({
  type: 'LookupMulti',
  name,
  displayName,
  description,
  list,
  showField: 'Title'
});

export const user = (name: string, displayName: string, description: string, o: Options = {}): UserFieldDef => ({
  type: 'User',
  name,
  displayName,
  description,
  ...o
});

export const userMulti = (name: string, displayName: string, description: string): UserFieldDef => ({
  type: 'UserMulti',
  name,
  displayName,
  description
});

/** ClientId: a GUID the client sets on create, indexed so a retried create finds its item. */
export const clientId = (): SimpleFieldDef => ({
  type: 'Guid',
  name: 'ClientId',
  displayName: 'Klient-id',
  description: 'Teknisk id sat af appen, så en gentaget oprettelse ikke giver dubletter.',
  indexed: true,
  changeKind: 'workflow'
});

export const url = (name: string, displayName: string, description: string): SimpleFieldDef => ({
  type: 'URL',
  name,
  displayName,
  description
});

/** The same column, marked as workflow bookkeeping or a year-end outcome (see FieldBase.changeKind). */
export const changeKind = <F extends FieldDef>(f: F, kind: NonNullable<FieldDef['changeKind']>): F => ({ ...f, changeKind: kind });

/** CAML order clause for a view. */
export const orderBy = (...fields: Array<[string, 'asc' | 'desc']>): string =>
  `<OrderBy>${fields.map(([f, dir]) => `<FieldRef Name="${f}"${dir === 'desc' ? ' Ascending="FALSE"' : ''} />`).join('')}</OrderBy>`;
