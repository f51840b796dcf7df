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
  // Section 1 "Indledning" and the opening of section 2, with their sub-headings as lines. The
  // policy list of 1.1, the DUS lists of 1.2 (seeded as DUS 2020), 1.3 (coreTask) and the table
  // of 1.5 (milestones) have fields of their own.
  intro: [
    'Direktionens DUS for 2020, som består af 3 spor og 4 tværgående temaer, har sat rammerne for årets udviklingskontrakt. Det har været pejlemærkerne for udarbejdelse af denne aftale.',
    'Ledergruppen i Staben Økonomi, Innovation og IT har på grundlag af årets DUS udstukket de mål, som skal indgå i udviklingskontrakten for 2020 og dermed sat retningen for næste års udvikling. Ledere og medarbejderne har i fællesskab kvalificeret de handlinger, der skal til for at realisere målene.',
    'Byrådets politikker og forandringer i budget 2020',
    'I budgettet for 2020 er der vedtaget følgende forandringer, som relaterer sig til politikkerne, og hvor staben har ansvaret for gennemførelsen af forandringen eller har projektledelsen:',
    '- Justering af demografimodeller (Vores relation til folkestyret, udførelse)',
    '- Øget strategisk fokus på digitalisering (Vores relation til folkestyret, udførelse)',
    'De politisk vedtagne forandringer har 1. prioritet i forhold til stabens strategiske udviklingsmål. Som en konsekvens af budget 2020 er staben blevet reduceret budgetmæssigt med 2,45 mio. kr., hvoraf halvdelen vedrører personale. Det kan få konsekvenser for stabens eksekveringskraft i forhold til egne udviklingsmål og vores deltagelse i andres udviklingsmål.',
    'Fra sidste års aftale forsætter:',
    '- Øget anvendelse af de obligatoriske indkøbsaftaler og implementering af e-handelssystem. Implementeringen er kommet langt i 2019, men der er ikke implementeret helt i bund endnu.',
    'Staben deltager derudover i implementeringen af mange af de øvrige forandringer, som er vedtaget i forbindelse med budget 2020. Det betyder også, at vi er nødt til at prioritere ressourcer til deltagelse i forandringerne, hvilket kan reducere vores ambitionsniveau i forhold til egne mål.',
    'Pejlemærkerne i direktionens DUS for 2020',
    'Staben for Økonomi, Innovation og IT vil i 2020 være en central medspiller i forhold til at styrke forbedringskulturen. Vores arbejde ind i forandringskulturen spænder over alle tre udviklingsspor. Det centrale er således, om vi kommer i mål med de forandringstiltag, vi har sat os for, og kan synliggøre det for den relevante målgruppe.',
    'For at styrke forbedringskulturen har Staben i forhold til egne mål i udviklingsaftalen fra starten tænkt ind, hvordan vi vil følge op på de enkelte tiltag. Derudover har vi sat os konkrete mål for, hvordan vi vil understøtte organisationens forbedringskultur - eksempelvis gennem mål om udvikling af ledelsesinformation, økonomistyring og gevinstrealisering.',
    'Bæredygtig arbejdskultur',
    'I 2017/2018 deltog ledergruppen i et udviklingsforløb om bæredygtig arbejdskultur. Resultatet af dette forløb blev i regi af LMU, udarbejdelsen af et nyt MUS-koncept – kaldet MOSU (Medarbejderens Organisationens Strategiske Udviklingssamtale). Konceptet har i højere grad fokus på fællesskabet end tidligere MUS.',
    'MOSU har en stængel med trivsel og et blad med personlig effektivitet samt 6 blade omkring faglighed:',
    '- Fag faglighed',
    '- Faglighed i forretningsunderstøttelse',
    '- Faglighed i samarbejde og relationer',
    '- Faglighed i kommunikation',
    '- Faglighed i innovation',
    '- Faglighed i forandringer',
    'MOSU har været en succes og er nu implementeret. Det er ikke ensbetydende med, at det ikke skal videreudvikles. Fra at have været et selvstændigt mål, er det nu overgået til daglig drift, hvor vi løbende tilpasser og forbedrer konceptet. Vi vil bl.a. arbejde med vejledningerne og GOSU-delen (tidligere GRUS).',
    'Aftalens tilblivelse',
    'Arbejdet med udarbejdelse af mål er sket med stor involvering af Ledergruppen, LMU og de enkelte teams. I forhold til sidste års proces, har det i år været ledergruppen, der har fastsat målene. Ledere og medarbejdere har herefter i fælleskab - med baggrund i fagfagligheden og kendskabet til organisationen - kvalificeret beskrivelsen af, hvad vi vil opnå og hvordan.',
    'Stabens strategiske mål for 2020',
    'Staben har mange ønsker til mål for 2020. Vi har valgt at indarbejde de mål, som har et organisatorisk og tværgående sigte.',
    'Det er ikke ensbetydende med, at hvert team i staben ikke har andre mål, de forfølger i de kommende år. F.eks. tilsiger opkrævningsstrategien, at restancerne skal nedbringes. Det arbejder Opkrævningen med dagligt, og i 2019 er det også lykket at få nedbragt borgerne gæld til kommunen. Det er således ikke et udviklingsmål, men et mål der arbejdes efter hver dag.',
    'Andre mål, som sikrer en løbende udvikling af sikker drift og understøttelsen af organisationen i udvikling af deres kerneopgaver, er eksempelvis:',
    '- Droneanvendelsen',
    '- It-plattformen',
    '- Bedre kommunikation og dialog',
    '- Implementering af standarden for informationssikkerhed',
    '- Den løbende effektivisering i organisationen.',
    'I denne aftale er der fokus på 4 nye strategiske udviklingsmål, som er beskrevet nedenfor.'
  ].join('\n'),
  coreTask: [
    'Stabens kerneopgave er at understøtte hele organisationen og dens kerneopgaver.',
    'Det gøres ud fra to overordnede principper:',
    '- at opretholde sikker drift',
    '- at skabe udvikling',
    'Der skelnes mellem kerneopgaven (formålet med vi er her/resultatet) og kerneydelsen (den opgave/det bidrag man leverer, f.eks. IT-support, udbud).',
    'På kort sigt er det vigtigt for organisationen, at der er sikker drift. Det gælder bl.a. inden for områderne IT og økonomi. På langt sigt er det nødvendigt at udvikle driften, således at målene i byrådets politikker kan nås.',
    'Der sættes ikke mål for opretholdelsen af sikker drift, da det er noget, der hele tiden foregår i staben. F.eks. er sidste års mål omkring øget anvendelse af de obligatoriske indkøbsaftaler nu næsten implementeret, men fremadrettet indgår det som daglig drift for at sikre, at aftalerne til stadighed udnyttes. Herved sikres en effektiv anvendelse af de økonomiske ressourcer, Byrådet stiller til rådighed for kontrakt- og aftaleholderne. Jo bedre indkøbsaftalerne udnyttes, jo flere ressourcer er der til kerneopgaven, og dermed størst mulig værdi for borgerne.',
    'Et andet eksempel er stabens fokus på de økonomiske risikoområder, der er og evt. opstår. Det er, set i relation til den økonomiske politik, vigtigt at budgetterne overholdes og dermed sikker drift. De steder hvor det ikke sker, er det stabens opgave at sikre, at der bliver taget hånd om udfordringen og være med til at finde (nye) løsninger og handlinger, så de budgetansvarlige holder deres budgetter.'
  ].join('\n'),
  // "1.1 Byrådets politikker": the four the staff works within.
  policies: ['Den økonomiske politik', 'Indkøbs- og udbudspolitikken', 'Digitaliserings- og IT-strategien', 'Opkrævningsstrategien'],
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
