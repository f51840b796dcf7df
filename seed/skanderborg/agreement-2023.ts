// Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb (source 001), verbatim.
import type { SeedAgreement } from '../types';
import { SKANDERBORG_STAGE } from '../stages';

export const AGREEMENT_2023_KEY = 'sk-aftale-2023-okonomi-digitalisering-indkob';

export const agreement2023: SeedAgreement = {
  key: AGREEMENT_2023_KEY,
  departmentKey: 'sk-okonomi-digitalisering-indkob',
  source: 'skanderborg2023',
  year: 2023,
  title: 'Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb',
  intro: [
    'DUS (Direktionens udviklingsstrategi) for 2023, som består af to spor, har sat rammerne og dermed pejlemærkerne for udarbejdelse af denne aftale.',
    'Ledergruppen i Staben Økonomi, Digitalisering og Indkøb har på grundlag af årets DUS udstukket de mål, som skal indgå i udviklingsaftale for 2023 og dermed sat retningen for næste års udvikling.',
    'Der er udarbejdet et udviklingsmål for hvert af punkterne. Der er desuden et fælles mål med Byrådssekretariatet og HR og to fællesmål med Klimaafdelingen.',
    'Hver afdeling har desuden udarbejdet egne/fælles udviklingsmål.'
  ].join('\n'),
  // The document names no council policies at agreement level and has no process table.
  policies: [],
  milestones: [],
  // Subtitle "Aftale indgået med Direktionen": the board has entered into the agreement. No
  // approval date is given, so the loader records none.
  stage: SKANDERBORG_STAGE.approved
};
