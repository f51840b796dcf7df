// Albertslund Kommune: the site, Økonomi og Stab and the units the plan names, demo users, the
// focus areas of 2015 and 2016-17, the virksomhedsplan 2016-2017 and the follow-up of 2015 (002).
import type { SeedDepartment, SeedMunicipality, SeedUser } from './types';
import { SITE_OWNER_LOGIN } from './siteOwner';
import { albertslundStrategies } from './albertslund/strategies';
import { plan2016, goals2016Areas12 } from './albertslund/plan-2016';
import { goals2016Areas34 } from './albertslund/goals-2016-areas-3-4';
import { followUp2015, followUpSmart2015 } from './albertslund/followup-2015';
import { followUpLaering2015 } from './albertslund/followup-2015-laering';
import { followUpKvalitet2015 } from './albertslund/followup-2015-kvalitet';

const LEADER = 'leder.albertslund@kommune.local';
const EDITOR = 'redaktoer.albertslund@kommune.local';

// Økonomi og Stab calls itself an "afdeling" organised in 8 units; the plan names
// Lønadministrationen as one of them. Politik og Ledelse (the plan's partner and the
// secretariat for politics and management) hosts the secretariat's demo user.
const departments: SeedDepartment[] = [
  {
    key: 'al-okonomi-og-stab',
    title: 'Økonomi og Stab',
    kind: 'department',
    leader: { email: LEADER },
    editors: [{ email: EDITOR }],
    active: true
  },
  { key: 'al-loenadministrationen', title: 'Lønadministrationen', kind: 'team', parentKey: 'al-okonomi-og-stab', editors: [], active: true },
  { key: 'al-politik-og-ledelse', title: 'Politik og Ledelse', kind: 'secretariat', editors: [], active: true }
];

// Demo users: invented names, no real persons. One per role the product distinguishes.
const users: SeedUser[] = [
  { login: 'medarbejder.albertslund@kommune.local', displayName: 'Jonas Friis', role: 'reader', departmentKey: 'al-loenadministrationen' },
  { login: EDITOR, displayName: 'Camilla Juhl', role: 'editor', departmentKey: 'al-okonomi-og-stab' },
  { login: LEADER, displayName: 'Henrik Bruun', role: 'leader', departmentKey: 'al-okonomi-og-stab' },
  { login: 'godkender.albertslund@kommune.local', displayName: 'Birgitte Vang', role: 'approver' },
  { login: 'sekretariat.albertslund@kommune.local', displayName: 'Pia Krogh', role: 'secretariat', departmentKey: 'al-politik-og-ledelse' }
];

export const albertslund: SeedMunicipality = {
  key: 'albertslund',
  title: 'Albertslund Kommune',
  sitePath: '/sites/albertslund',
  stageConfigurationKey: 'albertslund',
  siteOwnerLogin: SITE_OWNER_LOGIN,
  departments,
  users,
  // The directors' forum is a Microsoft 365 group, put into the approvers' group as such.
  entraGroups: [
    {
      id: 'c3a9f0d2-6b1e-4f7a-8d25-7e4b1a9c0f32',
      displayName: 'Direktørforum Albertslund',
      kind: 'microsoft365',
      members: ['godkender.albertslund@kommune.local'],
      sharePointGroups: ['approvers']
    }
  ],
  strategies: albertslundStrategies,
  agreements: [followUp2015, plan2016],
  goals: [...followUpSmart2015, ...followUpLaering2015, ...followUpKvalitet2015, ...goals2016Areas12, ...goals2016Areas34]
};
