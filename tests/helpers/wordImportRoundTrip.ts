// The round trip of issue 19: every seeded agreement written with the product's own .docx writer
// and read back by the import, compared field by field. Shared by the unit test and the bench.
import { materialise, seedMunicipalities } from '../../seed';
import type { Agreement, Goal } from '../../src/domain/types';
import { agreementOutline } from '../../src/domain/agreementOutline';
import { textBlocks } from '../../src/domain/documentText';
import { byGoalNumber } from '../../src/domain/coverage';
import { buildDocx } from '../../src/services/documents/buildDocx';
import { importDocument } from '../../src/services/wordImport/importDocument';
import { assemble, resolveGoal } from '../../src/domain/wordImport/assemble';

export const GOAL_TEXT = ['title', 'purpose', 'goalStatement', 'activities', 'involved', 'followUpMethod', 'citizenImpact', 'outcomeNote'] as const;
export const GOAL_OTHER = [
  'number',
  'evidence',
  'trackIds',
  'policies',
  'sharedWithDepartmentIds',
  'requirementIds',
  'horizon',
  'outcome',
  'target',
  'climate'
] as const;
export const AGREEMENT_TEXT = ['title', 'intro', 'coreTask', 'strategyRelation', 'continuing'] as const;
export const AGREEMENT_OTHER = ['policies', 'milestones', 'sections'] as const;

export interface FieldResult {
  agreement: string;
  field: string;
  text: boolean;
  same: boolean;
  goal?: string;
}

/** Stored text compared as the document shows it (paragraphs and bullets), not by whitespace. */
const sameText = (a: string | undefined, b: string | undefined): boolean => JSON.stringify(textBlocks(a)) === JSON.stringify(textBlocks(b));
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export interface SeededDocument {
  key: string;
  agreement: Agreement;
  goals: Goal[];
  docx: ArrayBuffer;
  context: Parameters<typeof resolveGoal>[1];
}

export async function seededDocuments(): Promise<SeededDocument[]> {
  const out: SeededDocument[] = [];
  for (const m of seedMunicipalities) {
    const x = materialise(m);
    for (const agreement of x.agreements) {
      const strategy = x.strategies.find((s) => s.year <= agreement.year && (s.yearTo ?? s.year) >= agreement.year);
      const tracks = x.tracks.filter((t) => t.strategyId === strategy?.id);
      const requirements = x.requirements.filter((r) => r.strategyId === strategy?.id);
      const department = x.departments.find((d) => d.id === agreement.departmentId);
      if (!department) throw new Error(`no department for ${agreement.title}`);
      const goals = x.goals.filter((g) => g.agreementId === agreement.id);
      const outline = agreementOutline({ agreement, department, departments: x.departments, goals, strategy, tracks, requirements });
      out.push({
        key: `${m.key}-${agreement.year}`,
        agreement,
        goals,
        docx: await buildDocx([outline]),
        context: { tracks, requirements, departments: x.departments, ownDepartmentId: agreement.departmentId }
      });
    }
  }
  return out;
}

/** One field result per compared field of the agreement and each of its goals (in document order). */
export async function roundTrip(doc: SeededDocument): Promise<FieldResult[]> {
  const file = await importDocument(`${doc.key}.docx`, doc.docx);
  const { agreement, goals } = assemble(file.mapping);
  const results: FieldResult[] = [];
  for (const f of AGREEMENT_TEXT) results.push({ agreement: doc.key, field: f, text: true, same: sameText(doc.agreement[f], agreement[f]) });
  results.push({ agreement: doc.key, field: 'policies', text: false, same: same(doc.agreement.policies, agreement.policies) });
  results.push({ agreement: doc.key, field: 'milestones', text: false, same: same(doc.agreement.milestones, agreement.milestones) });
  results.push({
    agreement: doc.key,
    field: 'sections',
    text: false,
    same: same(
      (doc.agreement.sections ?? []).map((s) => [s.heading, textBlocks(s.body)]),
      agreement.sections.map((s) => [s.heading, textBlocks(s.body)])
    )
  });
  // The document prints goals by number, then the climate-only goals in the annex.
  const ordered = [...doc.goals].sort(byGoalNumber);
  const climateOnly = (g: Goal): boolean =>
    g.climate !== undefined && GOAL_TEXT.slice(1).every((f) => !(g[f] ?? '').trim()) && g.target === undefined && g.horizon === undefined;
  const expected = [...ordered.filter((g) => !climateOnly(g)), ...ordered.filter(climateOnly)];
  expected.forEach((g, i) => {
    const got = goals[i];
    const resolved = got ? resolveGoal(got, doc.context).resolved : undefined;
    const goal = `${g.number ?? ''} ${g.title}`.trim();
    for (const f of GOAL_TEXT) results.push({ agreement: doc.key, goal, field: f, text: true, same: !!got && sameText(g[f], got[f]) });
    const actual: Record<(typeof GOAL_OTHER)[number], unknown> = {
      number: got?.number,
      evidence: got?.evidence ?? [],
      trackIds: resolved?.trackIds,
      policies: resolved?.policies,
      sharedWithDepartmentIds: resolved?.sharedWithDepartmentIds,
      requirementIds: resolved?.requirementIds,
      horizon: got?.horizon,
      outcome: got?.outcome,
      target: got?.target,
      climate: got?.climate
    };
    const expectedOther: Record<(typeof GOAL_OTHER)[number], unknown> = {
      number: g.number,
      evidence: g.evidence,
      trackIds: [...g.trackIds].sort((a, b) => a - b),
      policies: g.policies,
      sharedWithDepartmentIds: g.sharedWithDepartmentIds,
      requirementIds: [...g.requirementIds].sort((a, b) => a - b),
      horizon: g.horizon,
      outcome: g.outcome,
      target: g.target,
      climate: g.climate && { ...g.climate, sdgs: [...g.climate.sdgs].sort((a, b) => a - b) }
    };
    if (Array.isArray(actual.trackIds)) actual.trackIds = [...(actual.trackIds as number[])].sort((a, b) => a - b);
    if (Array.isArray(actual.requirementIds)) actual.requirementIds = [...(actual.requirementIds as number[])].sort((a, b) => a - b);
    for (const f of GOAL_OTHER)
      results.push({
        agreement: doc.key,
        goal,
        field: f,
        text: false,
        same: f === 'climate' ? sameClimate(expectedOther.climate, actual.climate) : same(expectedOther[f], actual[f])
      });
  });
  results.push({ agreement: doc.key, field: 'goal count', text: false, same: goals.length === expected.length });
  return results;
}

function sameClimate(a: unknown, b: unknown): boolean {
  if (!a || !b) return same(a, b);
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  return [...keys].every((k) => {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    return typeof x === 'string' || typeof y === 'string' ? sameText(x as string, y as string) : same(x, y);
  });
}
