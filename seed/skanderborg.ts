// Skanderborg Kommune: the site, its departments, demo users, DUS 2020/2022/2023 and the
// agreements of 2019 (004), 2020 (000) and 2023 (001).
import type { SeedDepartment, SeedMunicipality, SeedUser } from './types';
import { SITE_OWNER_LOGIN } from './siteOwner';
import { skanderborgStrategies } from './skanderborg/strategies';
import { agreement2019, goals2019 } from './skanderborg/agreement-2019';
import { agreement2020 } from './skanderborg/agreement-2020';
import { goals2020 } from './skanderborg/goals-2020';
import { agreement2023 } from './skanderborg/agreement-2023';
import { goals2023 } from './skanderborg/goals-2023';
import { checkIns2023, dialogues2023 } from './skanderborg/followup-2023';
import { climateGoals2023 } from './skanderborg/climate-2023';

const LEADER = 'leder.skanderborg@kommune.local';
const EDITOR = 'redaktoer.skanderborg@kommune.local';

// The agreement holders of the documents and the departments they name as partners of shared
// goals. Titles are the documents' own. "Staben Økonomi, Innovation og IT" (2020) and "Staben
// Økonomi, Digitalisering og Indkøb" (2023) are likely one staff renamed, as are
// "Byråds- og Direktionssekretariatet" (2019) and "Byrådssekretariatet" (2023); the documents do
// not say so, so each name is its own department. Nesting is seeded only where a document places
// a unit inside another (Opkrævningen among the staff's teams, Kontrolgruppen "i Byråds- og
// Direktionssekretariatet", Indkøb & Udbud within the 2023 staff's climate goal).
const departments: SeedDepartment[] = [
  { key: 'sk-okonomi-innovation-it', title: 'Staben Økonomi, Innovation og IT', kind: 'staff', editors: [{ email: EDITOR }], active: true },
  { key: 'sk-opkraevningen', title: 'Opkrævningen', kind: 'team', parentKey: 'sk-okonomi-innovation-it', editors: [], active: true },
  {
    key: 'sk-okonomi-digitalisering-indkob',
    title: 'Staben Økonomi, Digitalisering og Indkøb',
    kind: 'staff',
    leader: { email: LEADER },
    editors: [{ email: EDITOR }],
    active: true
  },
  {
    key: 'sk-indkob-og-udbud',
    title: 'Indkøb & Udbud',
    kind: 'department',
    parentKey: 'sk-okonomi-digitalisering-indkob',
    editors: [],
    // The name the HR system gives the unit (the employee's profile): written by the secretariat.
    aliases: ['Indkøb og Udbud, ØDI'],
    active: true
  },
  {
    key: 'sk-byraads-og-direktionssekretariatet',
    title: 'Byråds- og Direktionssekretariatet',
    kind: 'staff',
    editors: [],
    active: true
  },
  {
    key: 'sk-kontrolgruppen',
    title: 'Kontrolgruppen',
    kind: 'team',
    parentKey: 'sk-byraads-og-direktionssekretariatet',
    editors: [],
    active: true
  },
  { key: 'sk-byraadssekretariatet', title: 'Byrådssekretariatet', kind: 'staff', editors: [], active: true },
  // "HR staben" (000, partner of goal 2.1) and "HR" (001, partner of goal 7).
  { key: 'sk-hr', title: 'HR staben', kind: 'staff', editors: [], active: true },
  { key: 'sk-teknik-og-miljo', title: 'Fagsekretariatet Teknik og Miljø', kind: 'secretariat', editors: [], active: true },
  { key: 'sk-klimaafdelingen', title: 'Klimaafdelingen', kind: 'department', editors: [], active: true }
];

// Demo users: invented names, no real persons. One per role the product distinguishes.
const users: SeedUser[] = [
  {
    login: 'medarbejder.skanderborg@kommune.local',
    displayName: 'Mette Holm',
    role: 'reader',
    departmentKey: 'sk-indkob-og-udbud',
    profileDepartment: 'Indkøb og Udbud, ØDI'
  },
  { login: EDITOR, displayName: 'Rasmus Lund', role: 'editor', departmentKey: 'sk-okonomi-digitalisering-indkob' },
  { login: LEADER, displayName: 'Lene Kjær', role: 'leader', departmentKey: 'sk-okonomi-digitalisering-indkob' },
  { login: 'godkender.skanderborg@kommune.local', displayName: 'Gert Bach', role: 'approver' },
  {
    login: 'sekretariat.skanderborg@kommune.local',
    displayName: 'Susanne Dahl',
    role: 'secretariat',
    departmentKey: 'sk-byraads-og-direktionssekretariatet'
  }
];

export const skanderborg: SeedMunicipality = {
  key: 'skanderborg',
  title: 'Skanderborg Kommune',
  sitePath: '/sites/skanderborg',
  stageConfigurationKey: 'skanderborg',
  siteOwnerLogin: SITE_OWNER_LOGIN,
  departments,
  users,
  // The board approves as an Entra ID security group that IT put into the approvers' group.
  entraGroups: [
    {
      id: '5b0c7e1a-3d2f-4c8e-9a41-0d6f2b7c9e11',
      displayName: 'SG-Direktionen-Skanderborg',
      kind: 'security',
      members: ['godkender.skanderborg@kommune.local'],
      sharePointGroups: ['approvers']
    }
  ],
  strategies: skanderborgStrategies,
  agreements: [agreement2019, agreement2020, agreement2023],
  goals: [...goals2019, ...goals2020, ...goals2023, ...climateGoals2023],
  checkIns: checkIns2023,
  dialogues: dialogues2023
};
