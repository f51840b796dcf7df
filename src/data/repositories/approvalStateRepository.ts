// What the approval workflow reads and writes beyond the domain entities: an item's Stage with its
// version label, ETag and last editor; its version history; the Stage update pinned to the ETag
// the decider saw (no merge: a 412 means someone decided first); site settings. (Group membership: services/membership.ts.)
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import type { ApprovalTargetList, FieldDamage, PersonRef, StageCode, StageConfiguration } from '../../domain';
import { MISSING_ID } from '../../domain/damage';
import { stageByLabel, stageLabel } from '../../domain/stageMachine';
import { HORIZON_CHOICES, listDef, OUTCOME_CHOICES, SCHEMA, SDG_CHOICES, storedLabel, TARGET_DIRECTION_CHOICES } from '../schema';
import { anyOf, eq } from '../odata';
import { etagOf } from './etag';
import { departmentOfFolder } from './departmentFolder';
import { misfiling } from '../../domain/filing';
import { listByUrl } from './listByUrl';
import type { RawItem } from './paging';

export interface ItemState {
  list: ApprovalTargetList;
  id: number;
  title: string;
  stage: StageCode;
  /** The current version label, e.g. "4.0". */
  version: string;
  etag: string;
  modified: string;
  editor: PersonRef | undefined;
  departmentId: number;
  year: number;
  /** For a goal its agreement; for an agreement itself. */
  agreementId: number;
  number?: number;
  /** Held outside its department's folder (domain/filing.ts): its stage is never verified. */
  misfiled?: 'otherFolder' | 'outsideFolders';
  /** Required values that are empty (domain/damage.ts): the task is shown, marked damaged. */
  damage?: FieldDamage[];
  /** The comment given with the move that brought it into its stage (StageComment). */
  stageComment?: string;
}

export interface VersionRow {
  label: string;
  modified: string;
  editor: PersonRef | undefined;
  /** Field values of the version by internal name. */
  values: RawItem;
}

const STATE_SELECT = [
  'Id',
  'Title',
  'Stage',
  'OData__UIVersionString',
  'Modified',
  'Editor/Id',
  'Editor/Title',
  'Editor/EMail',
  'DepartmentId',
  'Year',
  'FileDirRef',
  'StageComment'
];

/** A goal's choice columns in a version row as their Danish labels: a version saved before the
 * choice migration holds the label, one after it the literal, and they are the same value for
 * every reader of versions (history, diffs, the approval binding, foreign edits; ADR 0010). */
export function labelledChoices(list: ApprovalTargetList, raw: RawItem): RawItem {
  if (list !== 'Goals') return raw;
  const out = { ...raw };
  for (const [key, map] of [
    ['Horizon', HORIZON_CHOICES],
    ['TargetDirection', TARGET_DIRECTION_CHOICES],
    ['Outcome', OUTCOME_CHOICES],
    ['SDGs', SDG_CHOICES]
  ] as const) {
    const v = out[key];
    out[key] = typeof v === 'string' ? storedLabel(map, v) : Array.isArray(v) ? v.map((x: unknown) => (typeof x === 'string' ? storedLabel(map, x) : x)) : v;
  }
  return out;
}

function editorOf(raw: RawItem): PersonRef | undefined {
  const e = raw.Editor as { Id?: number; Title?: string; EMail?: string; LookupId?: number; LookupValue?: string; Email?: string } | undefined;
  if (e && (e.Id !== undefined || e.LookupId !== undefined))
    return { id: e.Id ?? e.LookupId, title: e.Title ?? e.LookupValue, email: e.EMail ?? e.Email ?? '' };
  return typeof raw.EditorId === 'number' ? { id: raw.EditorId, email: '' } : undefined;
}

export class ApprovalStateRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly config: StageConfiguration
  ) {}

  private list(list: ApprovalTargetList, sp: SPFI = this.sp) {
    return listByUrl(sp, listDef(SCHEMA, list));
  }

  private toState(list: ApprovalTargetList, raw: RawItem): ItemState {
    const stored = typeof raw.Stage === 'string' ? raw.Stage : '';
    const damage: FieldDamage[] = [];
    const state: ItemState = {
      list,
      id: raw.Id as number,
      title: typeof raw.Title === 'string' ? raw.Title : '',
      stage: stageByLabel(this.config, stored)?.code ?? stored,
      version: String(raw.OData__UIVersionString ?? ''),
      etag: etagOf(raw),
      modified: String(raw.Modified ?? ''),
      editor: editorOf(raw),
      departmentId: this.requiredId(raw.DepartmentId, 'departmentId', damage),
      year: this.requiredId(raw.Year, 'year', damage),
      agreementId: list === 'Goals' ? this.requiredId(raw.AgreementId, 'agreementId', damage) : (raw.Id as number)
    };
    if (typeof raw.Number === 'number') state.number = raw.Number;
    if (typeof raw.StageComment === 'string' && raw.StageComment.trim() !== '') state.stageComment = raw.StageComment;
    if (typeof raw.FileDirRef === 'string') {
      const misfiled = misfiling(departmentOfFolder(raw.FileDirRef, listDef(SCHEMA, list).url), state.departmentId);
      if (misfiled !== undefined) state.misfiled = misfiled;
    }
    if (damage.length > 0) state.damage = damage;
    return state;
  }

  /** Tolerant like the mappers: an empty required lookup or number is MISSING_ID and a mark. */
  private requiredId(value: unknown, field: string, damage: FieldDamage[]): number {
    if (typeof value === 'number') return value;
    damage.push({ field, code: 'missing' });
    return MISSING_ID;
  }

  private selectFor(list: ApprovalTargetList): string[] {
    return list === 'Goals' ? [...STATE_SELECT, 'AgreementId', 'Number'] : STATE_SELECT;
  }

  public async state(list: ApprovalTargetList, id: number, sp: SPFI = this.sp): Promise<ItemState> {
    const raw = await this.list(list, sp)
      .items.getById(id)
      .select(...this.selectFor(list))
      .expand('Editor')<RawItem>();
    return this.toState(list, raw);
  }

  /** The states of many items of one list, one read per 40 ids (the Id column is indexed). */
  public async states(list: ApprovalTargetList, ids: readonly number[], sp: SPFI = this.sp): Promise<ItemState[]> {
    const chunks: number[][] = [];
    for (let i = 0; i < ids.length; i += 40) chunks.push(ids.slice(i, i + 40));
    const pages = await Promise.all(
      chunks.map((chunk) =>
        this.list(list, sp)
          .items.select(...this.selectFor(list))
          .expand('Editor')
          .filter(anyOf('Id', chunk).text)
          .top(5000)<RawItem[]>()
      )
    );
    return pages.flat().map((raw) => this.toState(list, raw));
  }

  /** Items in a stage (Stage is indexed; a queue stays well under the threshold per stage). */
  public async inStage(list: ApprovalTargetList, stage: StageCode, sp: SPFI = this.sp): Promise<ItemState[]> {
    const rows = await this.list(list, sp)
      .items.select(...this.selectFor(list))
      .expand('Editor')
      .filter(eq('Stage', stageLabel(this.config, stage)).text)
      .top(5000)<RawItem[]>();
    return rows.map((raw) => this.toState(list, raw));
  }

  public async goalsOf(agreementId: number, sp: SPFI = this.sp): Promise<ItemState[]> {
    const rows = await this.list('Goals', sp)
      .items.select(...this.selectFor('Goals'))
      .expand('Editor')
      .filter(eq('AgreementId', agreementId).text)
      .top(5000)<RawItem[]>();
    return rows.map((raw) => this.toState('Goals', raw)).sort((a, b) => (a.number ?? 1e9) - (b.number ?? 1e9) || a.id - b.id);
  }

  /** Sets Stage (and StageChangedAt) only if the item is still at `etag`: SharePoint answers 412
   * when someone changed it in between, and the caller tells the user who decided. The move's
   * comment goes in the same update (empty when none, so no version inherits an older one). */
  public async setStage(state: ItemState, stage: StageCode, at: Date, comment: string = '', sp: SPFI = this.sp): Promise<void> {
    // Only agreements keep StageChangedAt; a goal's Modified says when it moved.
    const fields: Record<string, string> = { Stage: stageLabel(this.config, stage), StageComment: comment.trim() };
    if (state.list === 'Agreements') fields.StageChangedAt = at.toISOString();
    await this.list(state.list, sp).items.getById(state.id).update(fields, state.etag);
  }

  /** Newest first, the current version included. The one place version rows are read and shaped
   * (history, diffs, the approval binding); pass a batched SPFI to read many in one $batch. */
  public async versions(list: ApprovalTargetList, id: number, sp: SPFI = this.sp): Promise<VersionRow[]> {
    const rows = await this.list(list, sp).items.getById(id).versions<RawItem[]>();
    return rows.map((raw) => ({
      label: String(raw.VersionLabel ?? ''),
      modified: String(raw.Modified ?? raw.Created ?? ''),
      editor: editorOf(raw),
      values: labelledChoices(list, raw)
    }));
  }

  public async currentUser(): Promise<PersonRef> {
    const u = await this.sp.web.currentUser.select('Id', 'Title', 'Email')<{ Id: number; Title: string; Email: string }>();
    return { id: u.Id, title: u.Title, email: u.Email };
  }

  public async user(id: number): Promise<PersonRef> {
    const u = await this.sp.web.siteUsers.getById(id).select('Id', 'Title', 'Email')<{ Id: number; Title: string; Email: string }>();
    return { id: u.Id, title: u.Title, email: u.Email };
  }
}
