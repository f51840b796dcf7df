// A journey through the stages is of a complete agreement: decide() refuses the move into the
// board's stage while a goal lacks the year's minimum content (#17.4, sendChecksEnforced.test.ts),
// and some seeded goals (older documents) lack a field. This fills what is missing.
import type { SPFI } from '@pnp/sp';
import type { StageConfiguration } from '../../../src/domain';
import { GoalRepository } from '../../../src/data/repositories/goalRepository';

export async function completeMinimumContent(sp: SPFI, config: StageConfiguration, agreementId: number): Promise<void> {
  const goals = new GoalRepository(sp, config);
  for (const g of await goals.forAgreement(agreementId)) {
    const missing = (['purpose', 'activities', 'followUpMethod', 'citizenImpact'] as const).filter((f) => !(g[f] ?? '').trim());
    if (missing.length > 0) await goals.update(g, Object.fromEntries(missing.map((f) => [f, 'Udfyldt før rejsen.'])));
  }
}
