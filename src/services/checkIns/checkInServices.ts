// Check-ins per goal (issue 18): a goal's timeline and chart data in one read, and recording a
// check-in in the department's folder. Loaded on first use into its own chunk ('check-ins').
import type { SPFI } from '@pnp/sp';
import type { Agreement, CheckIn, CheckInLock, CheckInStatus, Department, Dialogue, Goal, ISODate, StageConfiguration } from '../../domain';
import { checkInLock, checkInProblems, findStage, timeline } from '../../domain';
import { danishDateText } from '../../domain/danishDateFormat';
import { isISODate } from '../../domain/validationResult';
import { DataError } from '../../data/errors/DataError';
import { AgreementRepository } from '../../data/repositories/agreementRepository';
import { GoalRepository } from '../../data/repositories/goalRepository';
import { CheckInRepository, DialogueRepository } from '../../data/repositories/followUpRepositories';
import type { UserPermissions } from '../AppServices';
import { givenWhileApproved, mayDeleteCheckIn, type ApprovedSpan } from '../../domain/checkInAuthority';

export interface GoalCheckIns {
  goal: Goal;
  agreement: Agreement;
  department: Department | undefined;
  /** Newest first. */
  checkIns: CheckIn[];
  /** Undefined when the user may record a check-in now. */
  lock: CheckInLock | undefined;
  /** Check-ins SharePoint stored while the approval log did not show the agreement approved (an
   * editor's REST write past the service's rule): shown "Ikke verificeret", drawn nowhere. */
  unverifiedIds: number[];
  /** Check-ins this user may delete now (mayDeleteCheckIn). */
  deletableIds: number[];
}

export interface CheckInInput {
  status: CheckInStatus;
  note?: string;
  measuredValue?: number;
  measuredAt?: ISODate;
  /** Set by the form once per check-in, so a retried save never records it twice. */
  clientId: string;
}

export interface DialogueInput {
  date: ISODate;
  participants: string[];
  notes?: string;
  agreed?: string;
  followUps: string[];
  /** Set by the form once per dialogue, so a retried save never records it twice. */
  clientId: string;
}

export interface CheckInServices {
  loadGoalCheckIns(goalId: number): Promise<GoalCheckIns>;
  recordCheckIn(goalId: number, input: CheckInInput): Promise<CheckIn>;
  /** Whether this user may record contract dialogues (the board and the secretariat; SharePoint
   * refuses everyone else). */
  mayRecordDialogues(): Promise<boolean>;
  /** Records the board's contract dialogue on an agreement. */
  recordDialogue(agreementId: number, input: DialogueInput): Promise<Dialogue>;
  /** Deletes a check-in when its author asks within a day, or a site owner asks. */
  deleteCheckIn(goalId: number, checkInId: number): Promise<void>;
}

export interface CheckInDeps {
  permissions(): Promise<UserPermissions>;
  departments(): Promise<Department[]>;
  /** When the approval log shows the agreement approved (the approval services'). */
  approvedSpans(agreementId: number): Promise<ApprovedSpan[]>;
  /** The signed-in user's id on the site (SharePoint's, as check-ins' Author carries it). */
  userId(): Promise<number>;
  /** Today (yyyy-mm-dd); a clock the tests can set. */
  today?: () => ISODate;
  now?: () => Date;
}

export function createCheckInServices(sp: SPFI, config: StageConfiguration, deps: CheckInDeps): CheckInServices {
  const goals = new GoalRepository(sp, config);
  const agreements = new AgreementRepository(sp, config);
  const checkIns = new CheckInRepository(sp);
  const dialogues = new DialogueRepository(sp);
  const mayRecordDialogues = async (): Promise<boolean> => {
    const p = await deps.permissions();
    return p.isSiteOwner || p.groups.includes('approvers') || p.groups.includes('secretariat');
  };
  const lines = (items: string[]): string[] => items.map((l) => l.trim()).filter((l) => l !== '');
  const text = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value.trim());
  const today = deps.today ?? ((): ISODate => new Date().toISOString().slice(0, 10));

  const now = deps.now ?? ((): Date => new Date());
  const mayDelete = async (): Promise<(c: CheckIn) => boolean> => {
    const [id, permissions] = await Promise.all([deps.userId(), deps.permissions()]);
    const at = now();
    return (c) => mayDeleteCheckIn(c, { id, isSiteOwner: permissions.isSiteOwner }, at);
  };

  const context = async (goalId: number): Promise<Omit<GoalCheckIns, 'checkIns' | 'unverifiedIds' | 'deletableIds'>> => {
    const goal = await goals.getById(goalId);
    const [agreement, permissions, all] = await Promise.all([agreements.getById(goal.agreementId), deps.permissions(), deps.departments()]);
    const lock = checkInLock(findStage(config, agreement.stage)?.kind, permissions.canEditDepartment(goal.departmentId));
    return { goal, agreement, department: all.find((d) => d.id === goal.departmentId), lock };
  };

  return {
    async loadGoalCheckIns(goalId) {
      // The timeline is one request on the Goal index, alongside the goal's context and the
      // agreement's approval log.
      const [ctx, list, deletable] = await Promise.all([context(goalId), checkIns.forGoal(goalId), mayDelete()]);
      const spans = await deps.approvedSpans(ctx.agreement.id);
      const unverifiedIds = list.filter((c) => c.misfiled !== undefined || !givenWhileApproved(c.createdAt, spans)).map((c) => c.id);
      return { ...ctx, checkIns: timeline(list), unverifiedIds, deletableIds: list.filter(deletable).map((c) => c.id) };
    },
    mayRecordDialogues,
    async recordDialogue(agreementId, input) {
      if (!(await mayRecordDialogues())) {
        throw new DataError(
          'forbidden',
          { detail: 'Dialogue refused: not the board or the secretariat' },
          'Kun direktionen og sekretariatet kan skrive kontraktdialoger.'
        );
      }
      if (!isISODate(input.date))
        throw new DataError('validation', { detail: `Dialogue refused: bad date ${input.date}` }, 'Kontraktdialogen skal have en gyldig dato.');
      const agreement = await agreements.getById(agreementId);
      return dialogues.create({
        agreementId,
        departmentId: agreement.departmentId,
        year: agreement.year,
        title: `Kontraktdialog ${danishDateText(input.date)}`,
        date: input.date,
        participants: lines(input.participants),
        notes: text(input.notes),
        agreed: text(input.agreed),
        followUps: lines(input.followUps),
        clientId: input.clientId
      });
    },
    async deleteCheckIn(goalId, checkInId) {
      // Judged on what SharePoint set (Author, Created), read again now, never on the page's copy.
      const [list, deletable] = await Promise.all([checkIns.forGoal(goalId), mayDelete()]);
      const current = list.find((c) => c.id === checkInId);
      if (current === undefined) throw new DataError('notFound', { detail: `Check-in ${checkInId} of goal ${goalId} not found` });
      if (!deletable(current))
        throw new DataError(
          'forbidden',
          { detail: `Check-in ${checkInId}: not the author within a day, nor a site owner` },
          'Kun den, der gav statussen, kan slette den, og kun samme døgn. Webstedets ejer kan altid.'
        );
      await checkIns.remove(current);
    },
    async recordCheckIn(goalId, input) {
      const ctx = await context(goalId);
      if (ctx.lock !== undefined) {
        throw new DataError(
          'forbidden',
          { detail: `Check-in refused: ${ctx.lock}` },
          ctx.lock === 'notApproved' ? 'Der kan kun gives status, mens aftalen er godkendt.' : 'Kun afdelingens leder og redaktører kan give status på målet.'
        );
      }
      const problems = checkInProblems(input, ctx.goal.target !== undefined, today());
      if (problems.length > 0)
        throw new DataError('validation', { detail: `Check-in refused: ${problems.join(', ')}` }, 'Statussen kan ikke gemmes: tjek den målte værdi og datoen.');
      return checkIns.create({
        goalId,
        departmentId: ctx.goal.departmentId,
        year: ctx.goal.year,
        status: input.status,
        note: input.note?.trim() === '' ? undefined : input.note?.trim(),
        measuredValue: input.measuredValue,
        measuredAt: input.measuredAt,
        clientId: input.clientId
      });
    }
  };
}
