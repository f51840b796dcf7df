// "Opfølgning på Økonomi og Stabs mål 2015" (source 002): the 2015 goals of Økonomi og Stab with
// their evidence and the year-end follow-up, seeded as a closed 2015 agreement. Each goal's
// outcomeNote is the "Opfølgning" text verbatim; its outcome and its evidence's delivered state are
// read from that text (followUpReading.ts): "Målet er nået" = achieved, "delvis opfyldt" =
// partlyAchieved, "videreføres"/"Arbejdet pågår" = continued, "har ændret sig" = changed, "viste
// sig irrelevant" = dropped, "ikke nået" = notAchieved. Where the note reports work without a
// verdict, the outcome stays absent and the product says the goal was followed up without a status.
import type { SeedAgreement, SeedGoal } from '../types';
import { ALBERTSLUND_STAGE } from '../stages';
import { evidence } from './evidence';
import { readFollowUp } from './followUpReading';

export const FOLLOWUP_2015_KEY = 'al-maal-2015';

export const followUp2015: SeedAgreement = {
  key: FOLLOWUP_2015_KEY,
  departmentKey: 'al-okonomi-og-stab',
  source: 'albertslund2016',
  year: 2015,
  title: 'Økonomi og Stabs mål fra 2015',
  policies: [],
  milestones: [],
  // The follow-up is written and printed in the next plan: the 2015 period is closed.
  stage: ALBERTSLUND_STAGE.closed
};

/** Goals under a focus area of the 2015 plan; `undefined` for the lønadministration group,
 * which the follow-up prints under its own heading, not as a numbered focus area. */
export const followUpGoal = (heading: string, focusArea: number | undefined) => ({
  agreementKey: FOLLOWUP_2015_KEY,
  heading,
  trackRefs: focusArea === undefined ? [] : [{ kind: 'focusArea' as const, number: focusArea }],
  policies: [],
  requirementRefs: [],
  sharedWithDepartmentKeys: [],
  stage: ALBERTSLUND_STAGE.closed
});

const smart = followUpGoal('Smart administration', 1);

/** Items the note reports done, by index, each with the note's own words (followUpReading.ts). */
const SHOWN: Readonly<Record<string, Record<number, string>>> = {
  'al-2015-personaleadministration': { 0: 'den første etape (for år 2015) er gennemført som planlagt' },
  'al-2015-smal-administration': { 0: 'Der er gennemført en sammenligning af administrationen' },
  'al-2015-digitalt-kompetenceloeft': {
    0: 'Der er gennemført en digital modenhedsanalyse',
    2: 'Der er gennemført undervisning i I-help og Analyzer',
    3: 'Der er gennemført undervisning i I-help og Analyzer'
  }
};

const written: SeedGoal[] = [
  {
    ...smart,
    key: 'al-2015-personaleadministration',
    title: 'Vi vil medvirke til at udvikle en effektiv og ressourcebevidst personaleadministration',
    evidence: evidence(
      'At der er etableret effektive og utvetydige arbejdsgange på 3 udvalgte fagområder i 2015 (støttekontaktpersoner, plejefamilier og et tredje område). I 2016-17 udvælges endnu 3-6 områder.'
    ),
    outcomeNote: 'Målet videreføres, og den første etape (for år 2015) er gennemført som planlagt'
  },
  {
    ...smart,
    key: 'al-2015-smal-administration',
    // The title ends mid-sentence in the document.
    title: 'Vi vil skabe en smal og effektiv administrativ',
    evidence: evidence(
      'Der er i samarbejde med den øvrige organisation udarbejdet en analyse af administrationen, der afdækker potentialet og åbner for forskellige handlemuligheder. Analysen fokuserer på to spor:',
      '1: Optimering af arbejdsgange og ressourceudnyttelse',
      '2: En smartere og smallere administration'
    ),
    outcomeNote: [
      'Målet er delvis opfyldt. Der er gennemført en sammenligning af administrationen (indgik i budget 2016), hvor der blev peget på områder hvor Albertslund har flere årsværk end sammenlignelige kommuner. Implementering af personalereduktionen er sket i de enkelte fagområder ultimo året. Det er endnu ikke muligt at sige i hvilket omfang målet om mere effektiv administration er opfyldt.',
      "På ØS' eget område er gennemført en mere effektiv undervisningsmodel for nye brugere i bilagsbehandling, rapporter og løn. Desuden nedbringer et nyt indkøbssystem de manuelle arbejdsgange i hele kommunen og sikrer at der indkøbes på aftaler. Indkøbssystemet kan også anvendes til analyser samt en effektiv fordeling af besparelser. Endelig er der i forbindelse med implementeringen af SBSYS undersøgt hvilke muligheder der er for effektivisere arbejdsgange."
    ].join('\n')
  },
  {
    ...smart,
    key: 'al-2015-kommunikationskanal',
    title:
      'Vi vil understøtte netværksorganisationen ved at gøre det nemt og hurtigt at finde relevant sparring, supportering og samarbejdspartnere for ledere og medarbejdere i Albertslund kommune',
    evidence: evidence(
      'Der er udviklet og implementeret en elektronisk kommunikationskanal, som gør det nemt for kollegaer at sparre, udveksle ideer og supportere hinanden på tværs af enheder, afdelinger og adresser'
    ),
    outcomeNote: 'Arbejdet pågår og målet videreføres og afsluttes i 2016'
  },
  {
    ...smart,
    key: 'al-2015-kontantloese-boern',
    title: 'ØS vil gøre Kommunens børn kontantløse – og vi starter på skoleområdet i samarbejde med Skoler og Uddannelse',
    evidence: evidence('Der indføres elektroniske kort til alle børn tilmeldt i kommunens skoler, klubber og SFO inden udgangen af 2016.'),
    outcomeNote:
      'Arbejdet pågår og målet videreføres til 2016. Der er afholdt behovsafklarende møder med interessenter, gennemført studietur til Roskilde Kommune for at se et system i praksis. Der er afholdt en Business Case workshop og en leverandør har vist klubberne hvad deres system har af muligheder for at lette hverdagen og det administrative arbejde. Det er undersøgt om IT i AK er gearret til at køre systemet. Og der er påbegyndt et ideoplæg omkring projektet til Digitaliseringsstyregruppen, herunder peget på de to klubber, der skal være de første på systemet i 2016.'
  },
  {
    ...smart,
    key: 'al-2015-digital-understoettelse-spo',
    // The whole "Mål:" text is one character over a title's 255: the title is its first sentence.
    title: 'Vi vil sammen med den øvrige organisationen, i periode 2015-2018, afdække organisationens specifikke behov for digital understøttelse.',
    goalStatement:
      'Vi vil sammen med den øvrige organisationen, i periode 2015-2018, afdække organisationens specifikke behov for digital understøttelse. Vi starter med at afdække og iværksætte målrettet digital understøttelse af Sundhed, Pleje og Omsorgs dokumentationsbehov',
    evidence: evidence(
      'Gennemført behovsafdækning /foranalyse i samarbejde med Sundhed, Pleje og Omsorg)',
      'Digitaliseringsstyregruppen har vedtaget plan for implementering af digital understøttelse af dokumentering i Sundhed, Pleje og Omsorg'
    ),
    outcomeNote: 'Målet er nået.'
  },
  {
    ...smart,
    key: 'al-2015-digitalt-kompetenceloeft',
    title: 'Vi vil understøtte et digitalt kompetenceløft af ledere og medarbejdere i Albertslund kommune',
    evidence: evidence(
      'Kortlægning af behov i hele organisationen',
      'Handlingsplan for udvikling af generelle it-kompetencer',
      'Gennemførte kurser i Analyzer (brugervenligt program til at udarbejde spørgeskemaer til brugerundersøgelser m.m.)',
      'Gennemført undervisning i I-help (selvbetjeningssystem for oprettelse og opfølgning af sager i it-helpdesk)'
    ),
    outcomeNote:
      'Der er gennemført en digital modenhedsanalyse, der bl.a. pegede på behovet for at udvikle lederne til dygtige digitale ledere. Der er efterfølgende udviklet et uddannelsesforløb for alle ledere i AK med fokus på at skærpe den digitale ledelse. Uddannelsen er i gang og afsluttes medio 2016. Der er gennemført undervisning i I-help og Analyzer. Målet videreføres i øvrigt til 2016/17'
  },
  {
    ...smart,
    key: 'al-2015-informationssikkerhed',
    title: 'Vi vil implementere den vedtagne informationssikkerhedspolitik',
    evidence: evidence(
      'Målsætninger for informationssikkerhed, godkendt af topledelsen',
      'Vedtaget sikkerhedsorganisering i AK',
      'Årshjul for sikkerhedsaktiviteter'
    ),
    outcomeNote: 'Målet er nået. Det gentages og videreudvikles i 2016/17'
  },
  {
    ...smart,
    key: 'al-2015-digitaliseringsstrategi',
    title: 'Igangsætte udarbejdelsen af en digitaliseringsstrategi',
    evidence: evidence('CF har vedtaget plan for strategiproces'),
    outcomeNote: 'Målet har ændret sig, da det i stedet er besluttet at udarbejde principper for digitalisering.'
  },
  {
    ...smart,
    key: 'al-2015-citywifi',
    title: 'Vi vil skabe SMART branding af Albertslund via CityWifi',
    evidence: evidence(
      '"I Albertslund" er startside, når man logger på CityWifi',
      'Potentialet i "I Albertslund" er udnyttet til målrettet branding af Albertslunds særlige kvaliteter, tilbud og muligheder'
    ),
    outcomeNote: 'Målet viste sig irrelevant.'
  }
];

/** Outcome and delivered evidence read from each goal's "Opfølgning" text. */
export const followUpSmart2015: SeedGoal[] = written.map((g) => readFollowUp(g, SHOWN[g.key]));
