import {
  agreementDueDate,
  buildOverview,
  deliveredStage,
  departmentTree,
  heatLevel,
  isAgreementLate,
  ALBERTSLUND_STAGES,
  SKANDERBORG_STAGES,
  type Agreement,
  type Department,
  type OverviewGoal,
  type Requirement,
  type Track
} from '../../../src/domain';

const dept = (id: number, title: string, kind: Department['kind'], parentId?: number): Department => ({ id, title, kind, parentId, editors: [], active: true });
const goal = (id: number, departmentId: number, trackIds: number[], requirementIds: number[], extra: Partial<OverviewGoal> = {}): OverviewGoal => ({
  id,
  agreementId: departmentId * 10,
  departmentId,
  year: 2023,
  number: id,
  title: `Mål ${id}`,
  trackIds,
  requirementIds,
  sharedWithDepartmentIds: [],
  stage: 'draft',
  ...extra
});
const agreement = (departmentId: number, stage: string): Agreement => ({
  id: departmentId * 10,
  departmentId,
  year: 2023,
  title: `Aftale ${departmentId}`,
  policies: [],
  milestones: [],
  stage
});

describe('agreement due date (the hand-over deadline)', () => {
  it('is the deadline that speaks of handing over, as in "Afleveres til direktionen"', () => {
    expect(
      agreementDueDate([
        { title: 'Opstart LMU og ledergruppen', date: '2019-08-27' },
        { title: 'Afleveres til direktionen', date: '2019-12-03' },
        { title: 'Temamøde i byrådet', date: '2020-01-20' }
      ])
    ).toBe('2019-12-03');
  });
  it('falls back to the latest dated deadline, and ignores undated ones', () => {
    expect(agreementDueDate([{ title: 'Ledergruppen', date: '2023-10-01' }, { title: 'Direktionen', date: '2023-11-15' }, { title: 'Afleveres' }])).toBe(
      '2023-11-15'
    );
    expect(agreementDueDate([{ title: 'Afleveres til direktionen' }])).toBeUndefined();
    expect(agreementDueDate([])).toBeUndefined();
  });
});

describe('lateness', () => {
  const today = new Date(2023, 11, 4); // 4 December 2023, local time
  it('the delivered stage is the last review before approval in each municipality', () => {
    expect(deliveredStage(SKANDERBORG_STAGES)).toBe('boardApproval');
    expect(deliveredStage(ALBERTSLUND_STAGES)).toBe('approval');
  });
  it('is late after the due date when not yet with the board, or missing', () => {
    expect(isAgreementLate({ stage: 'lmuHearing' }, '2023-12-03', SKANDERBORG_STAGES, today)).toBe(true);
    expect(isAgreementLate(undefined, '2023-12-03', SKANDERBORG_STAGES, today)).toBe(true);
    expect(isAgreementLate({ stage: 'boardApproval' }, '2023-12-03', SKANDERBORG_STAGES, today)).toBe(false);
    expect(isAgreementLate({ stage: 'approved' }, '2023-12-03', SKANDERBORG_STAGES, today)).toBe(false);
  });
  it('is never late on the due date itself, nor without a due date', () => {
    expect(isAgreementLate({ stage: 'draft' }, '2023-12-04', SKANDERBORG_STAGES, today)).toBe(false);
    expect(isAgreementLate(undefined, undefined, SKANDERBORG_STAGES, today)).toBe(false);
  });
});

describe('department tree', () => {
  it('puts children under their parent, siblings by Danish title, and keeps orphans and cycles', () => {
    const tree = departmentTree([
      dept(1, 'Økonomi', 'staff'),
      dept(2, 'Indkøb', 'department', 1),
      dept(3, 'Budget', 'team', 1),
      dept(4, 'HR', 'staff'),
      dept(5, 'Forældreløs', 'team', 99),
      dept(6, 'A', 'team', 7),
      dept(7, 'B', 'team', 6)
    ]);
    expect(tree.map((t) => `${'-'.repeat(t.depth)}${t.department.title}`)).toEqual(['Forældreløs', 'HR', 'Økonomi', '-Budget', '-Indkøb', 'A', 'B']);
  });
});

describe('buildOverview', () => {
  const tracks: Track[] = [
    { id: 2, strategyId: 1, kind: 'track', number: 2, title: 'God ledelse' },
    { id: 3, strategyId: 1, kind: 'theme', title: 'Tema' },
    { id: 1, strategyId: 1, kind: 'track', number: 1, title: 'Den røde tråd' }
  ];
  const requirements: Requirement[] = [
    { id: 30, strategyId: 1, number: 3, title: 'Lokale mål for fastholdelse af et lavt sygefravær', appliesTo: 'agreement' },
    { id: 10, strategyId: 1, number: 1, title: 'Noget vi holder op med', appliesTo: 'agreement' }
  ];
  const departments = [dept(1, 'Økonomi', 'staff'), dept(2, 'Indkøb', 'department', 1), dept(3, 'Budget', 'team', 1), dept(4, 'HR', 'staff')];
  const overview = buildOverview({
    year: 2023,
    departments,
    agreements: [agreement(1, 'approved'), agreement(2, 'draft')],
    goals: [
      goal(1, 1, [1, 2], [30], { outcome: 'achieved' }),
      goal(2, 1, [1], [10]),
      goal(3, 2, [2], [10], { sharedWithDepartmentIds: [1] }),
      goal(4, 2, [], [], { year: 2022 })
    ],
    strategy: { id: 1, year: 2023, title: 'DUS 2023', deadlines: [{ title: 'Aftaler afleveres til direktionen', date: '2023-01-31' }], minimumGoalContent: [] },
    tracks,
    requirements,
    config: SKANDERBORG_STAGES,
    today: new Date(2023, 2, 1)
  });
  const row = (title: string) => overview.rows.find((r) => r.department.title === title)!;

  it("counts nothing SharePoint holds outside its department's folder: such goals and agreements are not the department's", () => {
    const misfiled = buildOverview({
      year: 2023,
      departments,
      tracks,
      requirements,
      config: SKANDERBORG_STAGES,
      today: new Date(2023, 2, 1),
      strategy: undefined,
      agreements: [agreement(1, 'approved'), { ...agreement(4, 'approved'), misfiled: 'otherFolder' }],
      goals: [goal(1, 1, [1, 2], [30]), { ...goal(5, 4, [1], [10]), misfiled: 'otherFolder' }]
    });
    const hr = misfiled.rows.find((r) => r.department.title === 'HR')!;
    expect(hr.agreement).toBeUndefined();
    expect(hr.goalCount).toBe(0);
    expect(misfiled.goalTotal).toBe(1);
  });

  it('orders the heat-map columns tracks first, by number, then themes', () => {
    expect(overview.tracks.map((t) => t.id)).toEqual([1, 2, 3]);
  });
  it('counts own goals per track for each department, only of the year; shared goals from others apart (#17.8)', () => {
    expect(row('Økonomi').trackCounts).toEqual([2, 1, 0]);
    expect(row('Økonomi').goalCount).toBe(2);
    expect(row('Økonomi').sharedCount).toBe(1);
    expect(row('Indkøb').trackCounts).toEqual([0, 1, 0]);
    expect(row('Indkøb').sharedCount).toBe(0);
    expect(overview.goalsPerTrack).toEqual([2, 2, 0]);
  });
  it("a department without its own agreement gets no goals and no heat from a partner's shared goal naming it (#17.8)", () => {
    const partnerOnly = buildOverview({
      year: 2023,
      departments,
      tracks,
      requirements,
      config: SKANDERBORG_STAGES,
      today: new Date(2023, 2, 1),
      strategy: undefined,
      agreements: [agreement(1, 'approved')],
      goals: [goal(1, 1, [1, 2], [30], { sharedWithDepartmentIds: [4] })]
    });
    const hr = partnerOnly.rows.find((r) => r.department.title === 'HR')!;
    expect(hr.agreement).toBeUndefined();
    expect(hr.goalCount).toBe(0);
    expect(hr.trackCounts).toEqual([0, 0, 0]);
    expect(hr.outcomes).toEqual({});
    expect(hr.sharedCount).toBe(1);
    expect(hr.missingRequirements.map((r) => r.number)).toEqual([1, 3]);
  });
  it('lists missing requirements: covered ones drop out, holders without an agreement miss all, teams none', () => {
    expect(row('Økonomi').missingRequirements).toEqual([]);
    expect(row('Indkøb').missingRequirements.map((r) => r.number)).toEqual([3]);
    expect(row('HR').missingRequirements.map((r) => r.number)).toEqual([1, 3]);
    expect(row('Budget').missingRequirements).toEqual([]);
  });
  it('marks late agreements against the hand-over deadline', () => {
    expect(overview.dueDate).toBe('2023-01-31');
    expect(row('Økonomi').late).toBe(false);
    expect(row('Indkøb').late).toBe(true);
    expect(row('HR').late).toBe(true);
    expect(row('Budget').late).toBe(false);
    expect(overview.lateCount).toBe(2);
    expect(overview.goalTotal).toBe(3);
  });
  it('counts departments and goals per stage, with holders lacking an agreement as "none"', () => {
    const count = (stage: string) => overview.stageCounts.find((s) => s.stage === stage);
    expect(count('approved')).toEqual({ stage: 'approved', departments: 1, goals: 0 });
    expect(count('draft')).toEqual({ stage: 'draft', departments: 1, goals: 3 });
    expect(count('none')?.departments).toBe(1);
    expect(overview.outcomes).toEqual({ achieved: 1 });
  });
});

describe('heat level', () => {
  it('is 0 only for zero and scales to 4 at the maximum', () => {
    expect([0, 1, 2, 3, 4, 8].map((n) => heatLevel(n, 8))).toEqual([0, 1, 1, 2, 2, 4]);
    expect(heatLevel(3, 0)).toBe(0);
  });
});
