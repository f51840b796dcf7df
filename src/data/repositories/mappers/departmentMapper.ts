// Departments list <-> Department. Leader and editors are people: read expanded (name, e-mail),
// written by user id.
import type { Department, NewDepartment } from '../../../domain';
import { DEPARTMENT_KIND_CHOICES } from '../../schema';
import type { FieldValues } from '../mergeChanges';
import type { ListMapping } from '../listStore';
import type { RawItem } from '../paging';
import { dropUndefined } from './goalMapper';
import { bool, DamageLog, field, lines, linesValue, lookupId, orNull, people, person, personId, requiredNum, requiredText, shapeOf, text } from './values';

/** Every column but Aliases: a site provisioned before that column existed answers 400 to a
 * $select naming it, and nothing but the first screen needs it (DEPARTMENTS_WITH_ALIASES). */
export const DEPARTMENTS = shapeOf('Departments', ['Title', 'Kind', 'Parent', 'Leader', 'Editors', 'Active', 'ClientId']);
export const DEPARTMENTS_WITH_ALIASES = shapeOf('Departments', ['Title', 'Aliases']);
export const DEPARTMENT = {
  title: field(DEPARTMENTS, 'Title'),
  kind: field(DEPARTMENTS, 'Kind'),
  parent: field(DEPARTMENTS, 'Parent'),
  leader: field(DEPARTMENTS, 'Leader'),
  editors: field(DEPARTMENTS, 'Editors'),
  active: field(DEPARTMENTS, 'Active'),
  aliases: field(DEPARTMENTS_WITH_ALIASES, 'Aliases'),
  clientId: field(DEPARTMENTS, 'ClientId')
} as const;

export const departmentMapping: ListMapping<Department, NewDepartment> = {
  list: DEPARTMENTS.list,
  select: DEPARTMENTS.select,
  expand: DEPARTMENTS.expand,
  lookupCount: DEPARTMENTS.lookupCount,
  clientIdField: DEPARTMENT.clientId,
  fromItem(raw: RawItem): Department {
    // Tolerant like the goals: an unknown or empty Kind (the list is edited by hand) marks the
    // department damaged and reads it as a 'department', instead of blanking every view.
    const damage = new DamageLog(raw);
    const kind = damage.choice(DEPARTMENT.kind, DEPARTMENT_KIND_CHOICES, 'kind', 'department');
    return damage.mark(
      dropUndefined<Department>({
        id: requiredNum(raw, 'Id'),
        title: requiredText(raw, DEPARTMENT.title),
        kind,
        parentId: lookupId(raw, DEPARTMENT.parent),
        leader: person(raw, DEPARTMENT.leader),
        editors: people(raw, DEPARTMENT.editors),
        active: bool(raw, DEPARTMENT.active, true),
        aliases: raw[DEPARTMENT.aliases] === undefined ? undefined : lines(raw, DEPARTMENT.aliases),
        clientId: text(raw, DEPARTMENT.clientId)
      })
    );
  },
  toFields(v: Partial<NewDepartment>): FieldValues {
    const out: FieldValues = {};
    if ('title' in v) out[DEPARTMENT.title] = orNull(v.title);
    if ('kind' in v && v.kind !== undefined) out[DEPARTMENT.kind] = DEPARTMENT_KIND_CHOICES[v.kind];
    if ('parentId' in v) out[`${DEPARTMENT.parent}Id`] = orNull(v.parentId);
    if ('leader' in v) out[`${DEPARTMENT.leader}Id`] = v.leader === undefined ? null : personId(v.leader);
    if ('editors' in v) out[`${DEPARTMENT.editors}Id`] = (v.editors ?? []).map(personId);
    if ('active' in v) out[DEPARTMENT.active] = v.active ?? true;
    if ('aliases' in v) out[DEPARTMENT.aliases] = linesValue(v.aliases ?? []);
    if ('clientId' in v && v.clientId !== undefined) out[DEPARTMENT.clientId] = v.clientId;
    return out;
  }
};
