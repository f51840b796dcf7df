import { decideFirstScreen, firstScreenYear, matchProfileDepartment, mayLandOnTasks, needsProfile, type FirstScreenFacts } from '../../../src/domain';

const none: FirstScreenFacts = {
  ownDepartmentIds: [],
  groups: ['readers'],
  waitingTasks: undefined,
  profileDepartmentId: undefined,
  lastViewedDepartmentId: undefined,
  configuredDepartmentId: undefined,
  departmentIds: [1, 2, 3, 4]
};

describe('decideFirstScreen', () => {
  it('leaders and editors: their department, even with tasks waiting or in the secretariat', () => {
    expect(decideFirstScreen({ ...none, ownDepartmentIds: [2], groups: ['editors', 'leaders', 'secretariat'], waitingTasks: 3 })).toEqual({
      view: 'afdeling',
      departmentId: 2,
      reason: 'own'
    });
  });
  it('approvers (leader group, LMU, board) on Mine opgaver only when something waits', () => {
    expect(decideFirstScreen({ ...none, groups: ['approvers'], waitingTasks: 1 })).toEqual({ view: 'opgaver', reason: 'tasks' });
    expect(decideFirstScreen({ ...none, groups: ['leaders'], waitingTasks: 2 })).toEqual({ view: 'opgaver', reason: 'tasks' });
    expect(decideFirstScreen({ ...none, groups: ['approvers'], waitingTasks: 0, configuredDepartmentId: 3 })).toEqual({
      view: 'afdeling',
      departmentId: 3,
      reason: 'configured'
    });
  });
  it('the secretariat on Overblik', () => {
    expect(decideFirstScreen({ ...none, groups: ['secretariat'], profileDepartmentId: 1 })).toEqual({ view: 'overblik', reason: 'secretariat' });
  });
  it('everyone else: profile, then last viewed, then configured, then the chooser', () => {
    const all = { ...none, profileDepartmentId: 1, lastViewedDepartmentId: 2, configuredDepartmentId: 3 };
    expect(decideFirstScreen(all)).toMatchObject({ departmentId: 1, reason: 'profile' });
    expect(decideFirstScreen({ ...all, profileDepartmentId: undefined })).toMatchObject({ departmentId: 2, reason: 'lastViewed' });
    expect(decideFirstScreen({ ...all, profileDepartmentId: undefined, lastViewedDepartmentId: undefined })).toMatchObject({
      departmentId: 3,
      reason: 'configured'
    });
    expect(decideFirstScreen(none)).toEqual({ view: 'chooser', reason: 'chooser' });
  });
  it('a department that no longer exists decides nothing', () => {
    expect(decideFirstScreen({ ...none, ownDepartmentIds: [99], lastViewedDepartmentId: 98, configuredDepartmentId: 4 })).toMatchObject({
      departmentId: 4,
      reason: 'configured'
    });
  });
  it('reads the waiting tasks and the profile only when they can decide', () => {
    expect(mayLandOnTasks({ ownDepartmentIds: [], groups: ['approvers'] })).toBe(true);
    expect(mayLandOnTasks({ ownDepartmentIds: [1], groups: ['approvers'] })).toBe(false);
    expect(mayLandOnTasks({ ownDepartmentIds: [], groups: ['readers', 'secretariat'] })).toBe(false);
    expect(needsProfile({ ownDepartmentIds: [], groups: ['readers'], waitingTasks: undefined })).toBe(true);
    expect(needsProfile({ ownDepartmentIds: [], groups: ['approvers'], waitingTasks: 2 })).toBe(false);
    expect(needsProfile({ ownDepartmentIds: [], groups: ['secretariat'], waitingTasks: undefined })).toBe(false);
  });
});

describe('matchProfileDepartment', () => {
  const departments = [
    { id: 1, title: 'Indkøb & Udbud', aliases: ['Indkøb og Udbud, ØDI'], active: true },
    { id: 2, title: 'HR staben', active: true },
    { id: 3, title: 'HR Staben', active: false },
    { id: 4, title: 'Team A', active: true },
    { id: 5, title: 'Team B', aliases: ['team a'], active: true }
  ];
  it('matches the name or an alias, ignoring case, spacing and "&" for "og"', () => {
    expect(matchProfileDepartment('  indkøb OG udbud ', departments)).toBe(1);
    expect(matchProfileDepartment('Indkøb og Udbud, ØDI', departments)).toBe(1);
  });
  it('prefers the active unit and never guesses between two', () => {
    expect(matchProfileDepartment('HR staben', departments)).toBe(2);
    expect(matchProfileDepartment('Team A', departments)).toBeUndefined();
    expect(matchProfileDepartment('Ukendt', departments)).toBeUndefined();
    expect(matchProfileDepartment('', departments)).toBeUndefined();
    expect(matchProfileDepartment(undefined, departments)).toBeUndefined();
  });
});

describe('firstScreenYear', () => {
  it('is the newest year an agreement covers, else the current year', () => {
    expect(firstScreenYear([{ year: 2015 }, { year: 2016, yearTo: 2017 }], 2026)).toBe(2017);
    expect(firstScreenYear([{ year: 2023 }, { year: 2020 }], 2026)).toBe(2023);
    expect(firstScreenYear([], 2026)).toBe(2026);
  });
});
