// Carrying "Videreføres" goals into next year's agreement of the same department. Idempotent: the
// next agreement and each new goal get a ClientId derived from what they continue, so pressing
// twice, a retry after a lost response, or two leaders pressing at once end with one agreement and
// one successor per goal (the check after writing removes a concurrent twin).
import type { Agreement, Goal, NewAgreement, StageConfiguration } from '../../domain';
import { carryOverGoal, outcomeLabel } from '../../domain';
import { DataError } from '../../data/errors/DataError';
import { AgreementRepository } from '../../data/repositories/agreementRepository';
import type { GoalRepository } from '../../data/repositories/goalRepository';
import type { Versioned } from '../../data/repositories/listStore';
import { agreementClientId, carriedGoalClientId } from '../../data/repositories/clientId';

export interface CarryOverResult {
  /** Next year's agreement (found or created). */
  agreement: Agreement;
  createdAgreement: boolean;
  /** The successor of each requested goal, in the order asked. */
  goals: Goal[];
  /** How many of them this call created (0 when everything was carried over before). */
  created: number;
}

// The ClientIds come from the one module that makes them (UUID v5 of what they continue); the
// next year's agreement has the same ClientId as "Opret årets aftale" gives it, so the two meet.
export { carriedGoalClientId } from '../../data/repositories/clientId';

/** The year after the agreement's period (Albertslund's 2016-17 plan continues in 2018). */
export function nextYearOf(agreement: Pick<Agreement, 'year' | 'yearTo'>): number {
  return (agreement.yearTo ?? agreement.year) + 1;
}

/** "Udviklingsaftale 2023 for Staben ..." becomes "Udviklingsaftale 2024 for Staben ...". */
export function nextAgreementTitle(agreement: Pick<Agreement, 'title' | 'year' | 'yearTo'>, nextYear: number): string {
  const period = agreement.yearTo !== undefined ? new RegExp(`${agreement.year}\\s*[-–/]\\s*(${agreement.yearTo}|${agreement.yearTo % 100})`) : undefined;
  if (period && period.test(agreement.title)) return agreement.title.replace(period, String(nextYear));
  if (agreement.title.includes(String(agreement.year))) return agreement.title.replace(String(agreement.year), String(nextYear));
  return `${agreement.title} ${nextYear}`;
}

export class CarryOver {
  public constructor(
    private readonly config: StageConfiguration,
    private readonly agreements: AgreementRepository,
    private readonly goals: GoalRepository
  ) {}

  public async run(agreementId: number, goalIds: readonly number[]): Promise<CarryOverResult> {
    const source = await this.agreements.getById(agreementId);
    const all = await this.goals.forAgreement(agreementId);
    const sources = goalIds.map((id) => {
      const goal = all.find((g) => g.id === id);
      if (!goal) throw new DataError('notFound', { detail: `Goal ${id} is not in agreement ${agreementId}` });
      if (goal.outcome !== 'continued') {
        throw new DataError('validation', { detail: `Goal ${id} is not marked »${outcomeLabel('continued')}«` });
      }
      return goal;
    });
    const year = nextYearOf(source);
    const { agreement, created: createdAgreement } = await this.nextAgreement(source, year);
    let existing = await this.goals.forAgreement(agreement.id);
    let number = Math.max(0, ...existing.map((g) => g.number ?? 0));
    let created = 0;
    for (const goal of sources) {
      if (existing.some((g) => g.continuesFromId === goal.id)) continue;
      number += 1;
      const draft = carryOverGoal(goal, {
        agreementId: agreement.id,
        year,
        initialStage: this.config.initialStage,
        clientId: carriedGoalClientId(goal.id, year)
      });
      const saved = await this.goals.create({ ...draft, number });
      existing = [...existing, saved];
      created += 1;
    }
    // Check after writing: a concurrent carry-over of the same goal wrote a twin with the same
    // ClientId; the oldest stays, the others go.
    const after = created > 0 ? await this.goals.forAgreement(agreement.id) : existing;
    const successors: Goal[] = [];
    for (const goal of sources) {
      const twins = after.filter((g) => g.continuesFromId === goal.id).sort((a, b) => a.id - b.id);
      for (const twin of twins.slice(1)) {
        if (twin.clientId === carriedGoalClientId(goal.id, year)) await this.goals.remove(twin);
      }
      successors.push(twins[0]);
    }
    return { agreement, createdAgreement, goals: successors, created };
  }

  private async nextAgreement(source: Agreement, year: number): Promise<{ agreement: Versioned<Agreement>; created: boolean }> {
    const found = await this.agreements.forDepartmentYear(source.departmentId, year);
    if (found) return { agreement: found, created: false };
    const clientId = agreementClientId(source.departmentId, year);
    const draft: NewAgreement = {
      departmentId: source.departmentId,
      year,
      title: nextAgreementTitle(source, year),
      coreTask: source.coreTask,
      // The department keeps working under the same policies; the introduction is the new year's own.
      policies: [...source.policies],
      milestones: [],
      stage: this.config.initialStage,
      clientId
    };
    const mine = await this.agreements.create(draft);
    const twins = (await this.agreements.allForDepartmentYear(source.departmentId, year)).sort((a, b) => a.id - b.id);
    const winner = twins[0] ?? mine;
    if (winner.id !== mine.id && mine.clientId === clientId) {
      // Someone carried over into the same year at the same moment: join theirs.
      await this.agreements.remove(mine);
      return { agreement: winner, created: false };
    }
    return { agreement: mine, created: true };
  }
}
