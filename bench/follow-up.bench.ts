// Follow-up during the year (issue 18) at scale: 20,000 goals, and then 100,000 check-ins (five
// per goal, 10,000 per year, 250 per department and year), in the in-process fake SharePoint
// (tests/unit/data/support, which enforces the list view threshold and pages like SharePoint)
// with 100 ms latency per request. Side by side in one run: the department view's reads without
// and with the check-ins (still one $batch), a goal's timeline (one request), and Overblik's
// reads (one $batch, pages past 5,000 rows, and the followed agreements' approval-log entries the
// check-ins are checked against) with the check-ins and the contract dialogues.
// Run: npx tsx bench/follow-up.bench.ts   (records into bench/results.md, section follow-up)
import { spfi, SPBrowser } from '@pnp/sp';
import { createSp } from '../src/data/pnp';
import { createViewQueries } from '../src/services/queries';
import { createOverviewServices } from '../src/services/overview/overviewServices';
import { ApprovalLogRepository } from '../src/data/repositories/approvalLogRepository';
import { AgreementRepository } from '../src/data/repositories/agreementRepository';
import { approvalLogMapping } from '../src/data/repositories/mappers/approvalLogMapper';
import { APPROVAL_LOG } from '../src/data/schema/listApprovalLog';
import { spansByAgreement } from '../src/domain/checkInAuthority';
import { CheckInRepository } from '../src/data/repositories/followUpRepositories';
import { checkInMapping, CHECK_INS } from '../src/data/repositories/mappers/followUpMappers';
import { departmentFolderUrl } from '../src/data/repositories/departmentFolder';
import { fakeSiteFromSchema, fillFakeSite, FAKE_CONFIG } from '../tests/unit/data/support/fakeSite';
import { createCounter } from './data-layer.targets';
import { recordSection, summarize } from './lib/record';

const GOALS = 20000;
const CHECK_INS_PER_GOAL = 5;
const RUNS = 5;
const LATENCY_MS = 100;
const SITE = 'https://kommune.example/sites/bench-follow-up';
const STATUSES = ['onTrack', 'challenged', 'behind', 'achieved', 'paused'] as const;

async function timed(counter: ReturnType<typeof createCounter>, run: () => Promise<unknown>): Promise<{ ms: number[]; requests: number[] }> {
  const out = { ms: [] as number[], requests: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    counter.reset();
    const started = performance.now();
    await run();
    out.ms.push(performance.now() - started);
    out.requests.push(counter.requests);
  }
  return out;
}

async function main(): Promise<void> {
  const fake = fakeSiteFromSchema(SITE);
  const frame = fillFakeSite(fake, GOALS);
  const counter = createCounter();
  const sp = createSp(spfi(SITE).using(SPBrowser()), { fetch: counter.wrap(fake.fetch) });
  const queries = createViewQueries(sp, FAKE_CONFIG);
  const departmentId = frame.departmentIds[5];
  const year = 2025;
  // The board's approval of each of the year's agreements in the approval log (by an approver,
  // before the check-ins), so Overblik's check-ins are verified as in production (issue 18:
  // Overblik reads the followed agreements' log entries once after its $batch).
  const APPROVER = 9000;
  const yearAgreements = await new AgreementRepository(sp, FAKE_CONFIG).forYear(year);
  yearAgreements.forEach((a, i) => {
    const at = new Date(Date.UTC(year - 1, 11, 1)).toISOString();
    fake.add(APPROVAL_LOG.title, {
      Id: i + 1,
      ...approvalLogMapping.toFields({
        targetList: 'Agreements',
        targetId: a.id,
        fromStage: 'boardApproval',
        toStage: 'approved',
        decision: 'approved',
        approvedVersion: '1.0',
        actorId: APPROVER,
        at
      }),
      Actor: { Id: APPROVER },
      Author: { Id: APPROVER, Title: 'Direktør', EMail: 'direktion@kommune.example' },
      Editor: { Id: APPROVER },
      Created: at,
      Modified: at
    });
  });
  const log = new ApprovalLogRepository(sp);
  const overview = createOverviewServices(
    sp,
    FAKE_CONFIG,
    {},
    {
      approvedSpansOf: async (ids) => spansByAgreement(FAKE_CONFIG, await log.forTargets('Agreements', ids), { approvers: [APPROVER] }, ids)
    }
  );
  let verifiedLatest = 0;
  fake.latencyMs = LATENCY_MS;

  const viewWithout = await timed(counter, () => queries.loadDepartmentView(departmentId, year));
  const overviewWithout = await timed(counter, () => overview.load(year));

  // 100,000 check-ins, each in its department's folder (FileDirRef), as the product files them.
  const folderPath = new URL(SITE).pathname + '/' + CHECK_INS.list.url;
  const years = frame.years;
  let id = 0;
  for (let g = 0; g < GOALS; g++) {
    const goalDepartment = frame.departmentIds[g % frame.departmentIds.length];
    const goalYear = years[Math.floor(g / frame.departmentIds.length) % years.length];
    for (let k = 0; k < CHECK_INS_PER_GOAL; k++) {
      id += 1;
      fake.add(CHECK_INS.list.title, {
        Id: id,
        FileDirRef: departmentFolderUrl(folderPath, goalDepartment),
        Created: new Date(Date.UTC(goalYear, k * 2, 15)).toISOString(),
        ...checkInMapping.toFields({
          goalId: g + 1,
          departmentId: goalDepartment,
          year: goalYear,
          status: STATUSES[(g + k) % STATUSES.length],
          note: 'Status på målet.',
          measuredValue: 2.8,
          measuredAt: `${goalYear}-0${k + 1}-28`
        })
      });
    }
  }
  const viewWith = await timed(counter, () => queries.loadDepartmentView(departmentId, year));
  const sampleGoal = frame.departmentIds.length * (years.length - 1) + 6; // a 2025 goal of department index 5
  const checkIns = new CheckInRepository(sp);
  let timelineLength = 0;
  const timeline = await timed(counter, async () => {
    timelineLength = (await checkIns.forGoal(sampleGoal)).length;
  });
  const overviewWith = await timed(counter, async () => {
    verifiedLatest = (await overview.load(year)).latestCheckIns.length;
  });

  const row = (what: string, m: { ms: number[]; requests: number[] }): string => {
    const t = summarize(m.ms);
    const r = summarize(m.requests);
    return `| ${what} | ${r.median}${r.max !== r.min ? ` (${r.min}–${r.max})` : ''} | ${Math.round(t.median)} | ${Math.round(t.min)} | ${Math.round(t.max)} |`;
  };
  recordSection(
    'follow-up',
    [
      '## Follow-up during the year at scale (bench/follow-up.bench.ts)',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} in the in-process fake SharePoint (list view threshold enforced, paging as SharePoint) with ${LATENCY_MS} ms latency per request: ${GOALS.toLocaleString('en')} goals in 40 departments over 10 years, then ${(GOALS * CHECK_INS_PER_GOAL).toLocaleString('en')} check-ins (${CHECK_INS_PER_GOAL} per goal, each in its department's folder), ${RUNS} runs each. Requests are HTTP requests (a \`$batch\` is one). These are the data layer's reads; the browser's first render adds the page's own work (first-render section above, with and without the 100,000 check-ins). Overblik's check-ins are checked against the approval log (an approval by the board logged for each of the year's agreements before its check-ins): one more read after its \`$batch\`.`,
      '',
      '| Read | requests | median ms | min ms | max ms |',
      '|---|---:|---:|---:|---:|',
      row('Department view, 20,000 goals, no check-ins', viewWithout),
      row('Department view, 20,000 goals + 100,000 check-ins', viewWith),
      row(`A goal's timeline (${timelineLength} check-ins, Goal index)`, timeline),
      row('Overblik, 20,000 goals, no check-ins', overviewWithout),
      row(
        `Overblik, 20,000 goals + 100,000 check-ins (10,000 in the year) + dialogues, check-ins verified against the approval log (${verifiedLatest.toLocaleString('en')} goals with a verified status)`,
        overviewWith
      ),
      '',
      `Overblik budget 1,500 ms: ${summarize(overviewWith.ms).median <= 1500 ? 'met' : 'missed'}; department view with check-ins ${Math.round(summarize(viewWith.ms).median - summarize(viewWithout.ms).median)} ms over without.`
    ].join('\n')
  );
  process.stdout.write(
    `follow-up: view ${Math.round(summarize(viewWithout.ms).median)} -> ${Math.round(summarize(viewWith.ms).median)} ms, timeline ${Math.round(summarize(timeline.ms).median)} ms, overview ${Math.round(summarize(overviewWith.ms).median)} ms\n`
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
