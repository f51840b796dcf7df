// The seed as a whole: every key reference resolves, stage codes exist in the municipality's
// stage configuration, every record passes the product's own validation (so the write path
// accepts it), and the demo users cover every role on both sites.
import { DEFAULT_STAGE_CONFIGURATIONS, findStage, isSdgNumber, validateAgreement, validateGoal } from '../../../src/domain';
import { SITE_OWNER_LOGIN, seedMunicipalities } from '../../../seed';
import { SeedReferenceError, materialise } from '../../../seed/materialise';
import type { SeedMunicipality, SeedRole } from '../../../seed/types';

const each = seedMunicipalities.map((m) => [m.key, m] as const);
const ROLES: SeedRole[] = ['reader', 'editor', 'leader', 'approver', 'secretariat'];

function configOf(m: SeedMunicipality) {
  const config = DEFAULT_STAGE_CONFIGURATIONS.find((c) => c.key === m.stageConfigurationKey);
  if (!config) {
    throw new Error(`No stage configuration ${m.stageConfigurationKey}`);
  }
  return config;
}

describe('seed integrity', () => {
  it('has Skanderborg and Albertslund on their own sites with their own stage configuration', () => {
    expect(seedMunicipalities.map((m) => [m.key, m.title, m.sitePath, m.stageConfigurationKey])).toEqual([
      ['skanderborg', 'Skanderborg Kommune', '/sites/skanderborg', 'skanderborg'],
      ['albertslund', 'Albertslund Kommune', '/sites/albertslund', 'albertslund']
    ]);
  });

  it.each(each)('%s: every key reference resolves', (_key, m) => {
    const data = materialise(m);
    expect(data.goals).toHaveLength(m.goals.length);
    expect(data.goals.every((g) => g.trackIds.length === m.goals.find((s) => data.ids.goals.get(s.key) === g.id)?.trackRefs.length)).toBe(true);
  });

  it('rejects a dangling reference instead of loading half a seed', () => {
    const m = seedMunicipalities[0];
    const broken: SeedMunicipality = { ...m, goals: [{ ...m.goals[0], sharedWithDepartmentKeys: ['no-such-department'] }] };
    expect(() => materialise(broken)).toThrow(SeedReferenceError);
    const badTrack: SeedMunicipality = { ...m, goals: [{ ...m.goals[5], trackRefs: [{ kind: 'track', number: 9 }] }] };
    expect(() => materialise(badTrack)).toThrow(/no track 9/);
  });

  it('uses keys that are unique across both municipalities', () => {
    const keys = seedMunicipalities.flatMap((m) => [
      ...m.departments.map((d) => d.key),
      ...m.strategies.map((s) => s.key),
      ...m.agreements.map((a) => a.key),
      ...m.goals.map((g) => g.key)
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(each)("%s: stage codes exist in the stage configuration, and goals share their agreement's stage", (_key, m) => {
    const config = configOf(m);
    for (const a of m.agreements) {
      expect(findStage(config, a.stage)).toBeDefined();
    }
    for (const g of m.goals) {
      expect(g.stage).toBe(m.agreements.find((a) => a.key === g.agreementKey)?.stage);
    }
  });

  it.each(each)("%s: every agreement and goal passes the product's validation", (_key, m) => {
    const data = materialise(m);
    const agreementMessages = data.agreements.flatMap((a) => validateAgreement(a).problems.map((x) => `${a.title}: ${x.field} ${x.code}`));
    const goalMessages = data.goals.flatMap((g) =>
      validateGoal(
        g,
        data.strategies.find((s) => s.year === g.year)
      ).problems.map((x) => `${g.title}: ${x.field} ${x.code}`)
    );
    expect([...agreementMessages, ...goalMessages]).toEqual([]);
  });

  it.each(each)('%s: continues-from links point at an earlier year, shares at other departments', (_key, m) => {
    const data = materialise(m);
    for (const g of data.goals) {
      if (g.continuesFromId !== undefined) {
        const from = data.goals.find((x) => x.id === g.continuesFromId);
        expect(from?.year).toBeLessThan(g.year);
      }
      expect(g.sharedWithDepartmentIds).not.toContain(g.departmentId);
      expect((g.climate?.sdgs ?? []).every(isSdgNumber)).toBe(true);
    }
  });

  it.each(each)('%s: departments nest without cycles and carry a Danish kind', (_key, m) => {
    const data = materialise(m);
    for (const d of data.departments) {
      const seen = new Set<number>();
      let current: number | undefined = d.id;
      while (current !== undefined) {
        expect(seen.has(current)).toBe(false);
        seen.add(current);
        current = data.departments.find((x) => x.id === current)?.parentId;
      }
    }
    expect(data.departments.some((d) => d.parentId !== undefined)).toBe(true);
  });

  it.each(each)('%s: has one demo user per role, named <role>.<municipality>@kommune.local', (key, m) => {
    expect(m.users.map((u) => u.role).sort()).toEqual([...ROLES].sort());
    const prefixes: Record<SeedRole, string> = {
      reader: 'medarbejder',
      editor: 'redaktoer',
      leader: 'leder',
      approver: 'godkender',
      secretariat: 'sekretariat'
    };
    for (const u of m.users) {
      expect(u.login).toBe(`${prefixes[u.role]}.${key}@kommune.local`);
      expect(u.displayName.length).toBeGreaterThan(3);
      if (u.departmentKey !== undefined) {
        expect(m.departments.map((d) => d.key)).toContain(u.departmentKey);
      }
    }
    expect(m.users.filter((u) => u.departmentKey === undefined).map((u) => u.role)).toEqual(['approver']);
    expect(m.siteOwnerLogin).toBe(SITE_OWNER_LOGIN);
    expect(SITE_OWNER_LOGIN).toBe('admin@kommune.local');
  });

  it.each(each)('%s: department leaders and editors are the seeded leader and editor', (_key, m) => {
    const logins = new Map(m.users.map((u) => [u.login, u.role]));
    const people = m.departments.flatMap((d) => [...(d.leader ? [d.leader] : []), ...d.editors]);
    expect(people.length).toBeGreaterThan(0);
    for (const d of m.departments) {
      if (d.leader) {
        expect(logins.get(d.leader.email)).toBe('leader');
      }
      d.editors.forEach((e) => expect(logins.get(e.email)).toBe('editor'));
    }
    const leader = m.users.find((u) => u.role === 'leader');
    expect(m.departments.find((d) => d.key === leader?.departmentKey)?.leader?.email).toBe(leader?.login);
  });
});
