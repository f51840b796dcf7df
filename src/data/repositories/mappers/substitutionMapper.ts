// Substitutions list <-> Substitution (decision 0009). The principal is the item's Author (Created
// By) and the time it was named its Created, both set by SharePoint; an item changed after it was
// added (Modified By another, or Modified after Created) is marked amended and counts for nothing.
import type { Substitution, NewSubstitution } from '../../../domain/substitution';
import type { GroupKey } from '../../../domain';
import { codeOf } from '../../schema';
import { SUBSTITUTION_GROUP_CHOICES, SUBSTITUTIONS } from '../../schema/listSubstitutions';
import { DataError } from '../../errors/DataError';
import type { FieldValues } from '../mergeChanges';
import type { ListMapping } from '../listStore';
import type { RawItem } from '../paging';
import { dropUndefined } from './goalMapper';
import { bool, field, isoDate, person, requiredNum, shapeOf } from './values';

const SHAPE = shapeOf(SUBSTITUTIONS);
export const SUBSTITUTION = {
  title: field(SHAPE, 'Title'),
  substitute: field(SHAPE, 'Substitute'),
  group: field(SHAPE, 'SubstituteFor'),
  from: field(SHAPE, 'From'),
  to: field(SHAPE, 'To'),
  ended: field(SHAPE, 'Ended'),
  clientId: field(SHAPE, 'ClientId')
} as const;

export type SubstitutionWrite = NewSubstitution & { clientId?: string; title?: string };

const SERVER_SET = ['Author/Id', 'Author/Title', 'Author/EMail', 'Editor/Id', 'Created', 'Modified'];

function amended(raw: RawItem, authorId: number): boolean {
  const editor = (raw.Editor as { Id?: number } | null | undefined)?.Id ?? (typeof raw.EditorId === 'number' ? raw.EditorId : undefined);
  const created = typeof raw.Created === 'string' ? Date.parse(raw.Created) : NaN;
  const modified = typeof raw.Modified === 'string' ? Date.parse(raw.Modified) : NaN;
  return (editor !== undefined && editor !== authorId) || (Number.isFinite(created) && Number.isFinite(modified) && modified > created);
}

export const substitutionMapping: ListMapping<Substitution, SubstitutionWrite> = {
  list: SHAPE.list,
  select: [...SHAPE.select, ...SERVER_SET],
  expand: [...SHAPE.expand, 'Author', 'Editor'],
  lookupCount: SHAPE.lookupCount + 2,
  clientIdField: SUBSTITUTION.clientId,
  fromItem(raw: RawItem): Substitution {
    const a = raw.Author as { Id?: number; Title?: string; EMail?: string } | null | undefined;
    const authorId = a?.Id ?? (typeof raw.AuthorId === 'number' ? raw.AuthorId : undefined);
    const substitute = person(raw, SUBSTITUTION.substitute);
    const group = codeOf(SUBSTITUTION_GROUP_CHOICES, typeof raw[SUBSTITUTION.group] === 'string' ? (raw[SUBSTITUTION.group] as string) : '') as
      GroupKey | undefined;
    const from = isoDate(raw, SUBSTITUTION.from);
    const to = isoDate(raw, SUBSTITUTION.to);
    const created = typeof raw.Created === 'string' ? raw.Created : undefined;
    if (authorId === undefined || substitute === undefined || group === undefined || from === undefined || to === undefined || created === undefined) {
      throw new DataError('validation', { detail: `Substitution ${String(raw.Id)} is incomplete` });
    }
    return dropUndefined<Substitution>({
      id: requiredNum(raw, 'Id'),
      substitute,
      group,
      from,
      to,
      ended: bool(raw, SUBSTITUTION.ended, false) || undefined,
      author: { id: authorId, title: a?.Title, email: a?.EMail ?? '' },
      created,
      amended: amended(raw, authorId) || undefined
    });
  },
  toFields(v): FieldValues {
    const out: FieldValues = {};
    if (v.title !== undefined) out[SUBSTITUTION.title] = v.title;
    if (v.substitute !== undefined) out[`${SUBSTITUTION.substitute}Id`] = v.substitute.id ?? null;
    if (v.group !== undefined) out[SUBSTITUTION.group] = SUBSTITUTION_GROUP_CHOICES[v.group as keyof typeof SUBSTITUTION_GROUP_CHOICES] ?? null;
    if (v.from !== undefined) out[SUBSTITUTION.from] = v.from;
    if (v.to !== undefined) out[SUBSTITUTION.to] = v.to;
    if ('ended' in v) out[SUBSTITUTION.ended] = v.ended === true;
    if (v.clientId !== undefined) out[SUBSTITUTION.clientId] = v.clientId;
    return out;
  }
};
