// Udviklingsaftale 2020, Staben Økonomi, Innovation og IT (source 000), transcribed verbatim.
import type { SeedAgreement } from '../types';
import { SKANDERBORG_STAGE } from '../stages';

export const AGREEMENT_2020_KEY = 'sk-aftale-2020-okonomi-innovation-it';

export const agreement2020: SeedAgreement = {
  key: AGREEMENT_2020_KEY,
  departmentKey: 'sk-okonomi-innovation-it',
  source: 'skanderborg2020',
  year: 2020,
  title: 'Udviklingsaftale 2020',
  intro: [
    'Direktionens DUS for 2020, som består af 3 spor og 4 tværgående temaer, har sat rammerne for årets udviklingskontrakt. Det har været pejlemærkerne for udarbejdelse af denne aftale.',
    'Ledergruppen i Staben Økonomi, Innovation og IT har på grundlag af årets DUS udstukket de mål, som skal indgå i udviklingskontrakten for 2020 og dermed sat retningen for næste års udvikling. Ledere og medarbejderne har i fællesskab kvalificeret de handlinger, der skal til for at realisere målene.',
    'I budgettet for 2020 er der vedtaget følgende forandringer, som relaterer sig til politikkerne, og hvor staben har ansvaret for gennemførelsen af forandringen eller har projektledelsen:',
    '- Justering af demografimodeller (Vores relation til folkestyret, udførelse)',
    '- Øget strategisk fokus på digitalisering (Vores relation til folkestyret, udførelse)',
    'De politisk vedtagne forandringer har 1. prioritet i forhold til stabens strategiske udviklingsmål. Som en konsekvens af budget 2020 er staben blevet reduceret budgetmæssigt med 2,45 mio. kr., hvoraf halvdelen vedrører personale. Det kan få konsekvenser for stabens eksekveringskraft i forhold til egne udviklingsmål og vores deltagelse i andres udviklingsmål.',
    'Fra sidste års aftale forsætter:',
    '- Øget anvendelse af de obligatoriske indkøbsaftaler og implementering af e-handelssystem. Implementeringen er kommet langt i 2019, men der er ikke implementeret helt i bund endnu.'
  ].join('\n'),
  coreTask: [
    'Stabens kerneopgave er at understøtte hele organisationen og dens kerneopgaver.',
    'Det gøres ud fra to overordnede principper:',
    '- at opretholde sikker drift',
    '- at skabe udvikling',
    'Der skelnes mellem kerneopgaven (formålet med vi er her/resultatet) og kerneydelsen (den opgave/det bidrag man leverer, f.eks. IT-support, udbud).',
    'På kort sigt er det vigtigt for organisationen, at der er sikker drift. Det gælder bl.a. inden for områderne IT og økonomi. På langt sigt er det nødvendigt at udvikle driften, således at målene i byrådets politikker kan nås.'
  ].join('\n'),
  // "1.1 Byrådets politikker": the four the staff works within.
  policies: [
    'Den økonomiske politik',
    'Indkøbs- og udbudspolitikken',
    'Digitaliserings- og IT-strategien',
    'Opkrævningsstrategien'
  ],
  // "1.5 Aftalens tilblivelse". Rows whose period has no year keep the document's wording in
  // `note` and no date: the year is not written there, so it is not filled in.
  milestones: [
    { title: 'Opstart LMU og ledergruppen', date: '2019-08-27' },
    { title: 'Ledergruppen laver overordnet oplæg til mål', date: '2019-08-27', endDate: '2019-09-15' },
    { title: 'Arbejder overordnet med målene i de enkelte teams', date: '2019-09-15', endDate: '2019-09-27' },
    { title: 'Første behandling i Ledergruppen', note: '27. september – 29. september' },
    { title: 'Forslagene på LMU-møde', date: '2019-09-30' },
    { title: 'Arbejder med videre med målene i de enkelte teams', date: '2019-10-01', endDate: '2019-10-20' },
    { title: 'Anden behandling i Ledergruppen', note: '20. oktober – 25. oktober' },
    { title: 'Første forslag i LMU', date: '2019-10-25' },
    {
      title: 'Færdiggørelse af målene og koordinering med øvrige stabe og fagsekretariater',
      date: '2019-10-26',
      endDate: '2019-11-19'
    },
    { title: 'Godkendelse af aftalen i ledergruppen', date: '2019-11-22', endDate: '2019-11-25' },
    { title: 'Godkendelse af aftalen i LMU', date: '2019-11-26' },
    { title: 'Afleveres til direktionen', date: '2019-12-03' }
  ],
  // The document is the version delivered to the executive board (its last milestone); it does
  // not say the board approved it, so it waits for the board's approval.
  stage: SKANDERBORG_STAGE.boardApproval
};
