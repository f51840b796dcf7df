// The four goals of Udviklingsaftale 2020, Staben Økonomi, Innovation og IT (source 000, section 2).
// trackRefs and policies are exactly the X marks of each goal's "Udgangspunkt for målet" table:
// columns 1-3 are the DUS 2020 tracks, the fourth column is a policy ("Andet").
import type { SeedGoal } from '../types';
import { policyKey } from '../../src/domain/trackMatrix';
import { SKANDERBORG_STAGE } from '../stages';
import { AGREEMENT_2020_KEY, agreement2020 } from './agreement-2020';

/**
 * The agreement's own policy (section 1.1) that a goal table's "Andet (…)" names in short: the
 * table writes "Økonomiske politik" for "Den økonomiske politik", so the goal marks that policy's
 * column rather than opening a second one (issue 16). A name the agreement lacks is an error.
 */
export function agreementPolicy(written: string): string {
  const key = (name: string): string => policyKey(name.replace(/^(den|det|de)\s+/i, ''));
  const found = agreement2020.policies.find((p) => key(p) === key(written));
  if (!found) throw new Error(`"${written}" is not one of the agreement's policies`);
  return found;
}

const common = {
  agreementKey: AGREEMENT_2020_KEY,
  requirementRefs: [],
  evidence: [],
  stage: SKANDERBORG_STAGE.boardApproval
};

export const goals2020: SeedGoal[] = [
  {
    ...common,
    key: 'sk-2020-mal-1',
    number: 1,
    heading: 'Digital ledelse og digitale kompetencer',
    title: 'Styrket digital ledelse og udvikling af digitale kompetencer',
    // Table: X under all three tracks and under "Digitaliserings- og IT strategien".
    trackRefs: [
      { kind: 'track', number: 1 },
      { kind: 'track', number: 2 },
      { kind: 'track', number: 3 }
    ],
    policies: [agreementPolicy('Digitaliserings- og IT strategien')],
    purpose: [
      'Øget digitalisering og anvendelse af velfærdsteknologiske løsninger er forudsætninger for, at Skanderborg Kommune også fremadrettet kan levere tilbud til kommunens borgere og virksomheder på et højt kvalitativt og fagligt niveau.',
      'En forudsætning for at vi kan lykkes er at organisationens ledere mestrer digital ledelse, og at såvel ledere som medarbejdere har de rette digitale kompetencer.',
      'På den baggrund vil Staben for Økonomi, Innovation og IT i samarbejde med HR staben styrke organisationen i forhold til at udøve digital ledelse og sætte fokus på fortsat udvikling af medarbejdernes digitale kompetencer.'
    ].join('\n'),
    activities: [
      'For at skabe en fælles referenceramme for organisationens ledere i forhold til digital ledelse, er dette begreb hovedtemaet ledertræffet i januar 2020. Herunder er det et væsentligt fokus at koble digital ledelse til ”Mennesker møder mennesker” og tydeliggøre sammenhængene mellem de to strategiske spor.',
      'Derudover iværksættes i 2020 konkrete kompetenceudviklingsindsatser rettet mod medarbejdere på de enkelte fagområder og i administrationen. En forudsætning for gennemførelsen af indsatserne er samarbejde med fagsekretariater og kontraktholdere. Formålet med samarbejdet er at identificere behov med udgangspunkt i kerneopgaven, og dermed hvilke kompetenceudviklingsaktiviteter, der er behov for.',
      'Temaet er blevet behandlet på HMU’s seminar i efteråret 2019, og HMU’s input vil indgå i udformningen af konkrete aktiviteter.'
    ].join('\n'),
    involved: 'Udviklingsmålet er et fælles mål for Staben for Økonomi, Innovation og IT og HR staben rettet mod den øvrige del af organisationen.',
    sharedWithDepartmentKeys: ['sk-hr'],
    followUpMethod:
      'Der vil blive gennemført en evaluering af ledertræf, og der vil løbende blive evalueret på de kompetenceudviklingsforløb der iværksættes i organisationen. Evalueringerne vil ske gennem inddragelse af såvel ledere og medarbejdere på de områder, hvor der gennemføres aktiviteter.'
  },
  {
    ...common,
    key: 'sk-2020-mal-2',
    number: 2,
    heading: 'Det skal lettere at være decentral leder',
    title: 'Det skal være lettere at være decentral leder',
    // Table: a single X, under "Vores relationer til hinanden"; "Andet" is empty.
    trackRefs: [{ kind: 'track', number: 3 }],
    policies: [],
    purpose: [
      'Vi vil bidrage til at gøre det nemmere at være decentral leder.',
      'Vi har investeret i løsninger, der skal bidrage til at mindske ressourceanvendelsen på de decentrale økonomirelaterede opgaver.',
      'Vi har en forventning om, at disse bringes i anvendelse, så organisationen ”høster” de effektiviseringsgevinster, løsningerne medvirker til.',
      'Det skulle gerne resultere i en bedre og mere målrettet ressourceudnyttelse, og et bidrag til, at den decentrale leder i højere grad kan fokusere på kerneopgaven.'
    ].join('\n'),
    activities: [
      'Vi kombinerer decentrale besøg med understøttende it-løsninger.',
      'På besøgene vil vi skabe forståelse for hinandens opgaver og funktioner, snitflader og muligheder for optimeringer.',
      'Det vil således været et væsentligt element i vores bidrag til at gøre det nemmere at være decentral leder, at vi i mødet med den decentrale leder drøfter udfordringer og bøvlede arbejdsgange, og sikrer det videre arbejde med at optimere samarbejdet.',
      'Erfaringer fra de enkelte møder bringes videre, hvor det giver mening. Herved bevarer vi fokus på hvad der kan forbedres, og hvorledes hverdagen lettes.',
      'Som supplement til dialogen med det decentrale niveau har vi investeret i løsninger, som digitaliserer og letter de økonomirelaterede opgaver i hele organisationen.',
      'Af løsninger, der anvendes kan nævnes:',
      '- Acubiz – udlægsapp',
      '- Betalingsplaner – automatisering af gentagende betalinger',
      '- KMD LetBetaling – automatisk fakturahåndtering (fra foråret 2020)',
      '- Mobilepay'
    ].join('\n'),
    involved:
      'Udviklingsmålet er et fælles mål for Staben for Økonomi, Innovation og IT rettet mod den øvrige del af organisationen – specielt kontraktholderniveauet.',
    sharedWithDepartmentKeys: [],
    followUpMethod: [
      'I forbindelse med de decentrale besøg vil vi følge op på, om der opleves en ændring i bøvlede og u hensigtsmæssige arbejdsgange og snitflader, en letelse i opgaveløsningen, og dermed et øget fokus på kerneopgaven.',
      'Herudover vil vi følge mere konkret op på udnyttelsesgraden af de systemer/løsninger, der anvendes, f.eks. med udviklingen i antallet af bilag, der får et mere automatisk flow.'
    ].join('\n')
  },
  {
    ...common,
    key: 'sk-2020-mal-3',
    number: 3,
    heading: 'Anlægsstyring',
    title: 'Bedre anlægsstyring med henblik på forbedring af det politiske beslutningsgrundlag for anlægsinvesteringer',
    // Table: X under "folkestyret", "hinanden" and "Andet (Økonomiske politik)".
    trackRefs: [
      { kind: 'track', number: 1 },
      { kind: 'track', number: 3 }
    ],
    policies: [agreementPolicy('Økonomiske politik')],
    purpose: [
      'Skanderborg Kommune er på vej mod 70.000 indbyggere, hvilke øger vores behov for rettidige anlægsinvesteringer i børnehaver, skoler, plejeboliger m.v. Det er nødvendigt med politisk prioritering, hvilke kræver et endnu bedre beslutningsgrundlag for prioritering af anlæg.',
      'Vi vil derfor udvikle vores anlægsstyring fra primært at have fokus på overholdelse af anlægsbevillinger til også at have fokus på overholdelse af tidsmæssig periodisering og omkostningseffektivitet. De tre dimensioner, som kan være modsatsrettede, skal balanceres og spille sammen for at give et godt beslutningsgrundlag for politikerne til gavn for borgerne.'
    ].join('\n'),
    activities: [
      'Vi har følgende fokusområder',
      '- Budgetprocessen',
      '- Ledelsesinformation',
      '- Styringsprincipper',
      '- Ensartet styringsgrundlag',
      '- Projektressourcer',
      '- Intern ERFA',
      'I handleplanen "Videreudvikling af anlægsstyringen i Skanderborg Kommune. Handleplan medio 2019 – 2020" er fokusområderne og de konkrete aktiviteter beskrevet.'
    ].join('\n'),
    involved:
      'Udviklingsmålet er en fortsættelse af målet "Videreudvikling af anlægsstyringen" i Udviklingsaftalen for 2019. Det er et fælles mål for Staben for Økonomi, Innovation og Teknik og Miljø. Målet berører endvidere alle dele af organisationen, som arbejder med anlæg.',
    sharedWithDepartmentKeys: ['sk-teknik-og-miljo'],
    // The 2019 agreement of this staff is not among the seeds, so the link stays a note.
    continuesFromNote: 'Udviklingsmålet er en fortsættelse af målet "Videreudvikling af anlægsstyringen" i Udviklingsaftalen for 2019.',
    followUpMethod: [
      'Det indgår som en del af handleplanen, at der skal udarbejdes nøgletal/indikatorer for anlægsstyringen i Skanderborg Kommune. De konkrete målemetoder for virkningen af udviklingsmålet fastlægges således som en del af handleplanen. Der vil dog som minimum ses på niveauet for anlægs-overførsler mellem budgetår, niveauet for tillægsbevillinger og præcision i prognoser for forventet regnskab.',
      'Vi vil også i fællesskab med vores kollegaer følge op på virkningerne af udvalgte konkrete aktiviteter i handleplanen. Vi vil som udgangspunkt bruge interview som metode. Det kan fx være ved opfølgning på virkningen af intern ERFA.'
    ].join('\n')
  },
  {
    ...common,
    key: 'sk-2020-mal-4',
    number: 4,
    heading: 'Strategi for ledelsesinformation (Targit)',
    title: 'Strategi for videreudviklingen af vores ledelsesinformation (TARGIT)',
    // Table: X under "folkestyret" and "borgerne"; "Andet" is empty.
    trackRefs: [
      { kind: 'track', number: 1 },
      { kind: 'track', number: 2 }
    ],
    policies: [],
    purpose: [
      'Det er godt 5 år siden, at TARGIT blev taget i brug som vores ledelsesinformationssystem i Skanderborg Kommune. Med 460 brugere har det i høj grad være en succes, men det er tid til at stoppe op og få afklaret i fællesskab, hvordan TARGIT skal udvikles de næste år.',
      'Målet er at få afklaret, hvilken forandring vi vil opnå de næste år. Det er i den sammenhæng relevant at drøfte dataunderstøttet ledelse, forandringskultur og opfølgning på virkninger for borgere og andre relevante parter.'
    ].join('\n'),
    activities: [
      'Vi starter med at få et solidt analytisk billede af, hvor vi er i dag. Vi vil bl.a. se på nuværende',
      '- målgruppe,',
      '- indhold og',
      '- anvendelse.',
      'Svarene på spørgeskemaundersøgelsen, der blev gennemført i 2019, udgør bl.a. datagrundlaget.',
      'Derefter tilrettelægges en involverende proces, hvor strategien for TARGIT de næste år fastlægges, herunder tilretninger og ændringer i forhold til hvor vi er i dag.'
    ].join('\n'),
    involved:
      'Direktionen har bedt om, at der udarbejdes en strategi for TARGIT. Udviklingsmålet er forankret i Staben for Økonomi, Innovation og IT, men gennemføres med bred involvering af organisationen. Vi lykkes kun med en strategi for TARGIT, hvis den giver mening for nuværende og kommende brugere.',
    sharedWithDepartmentKeys: [],
    followUpMethod:
      'Den nye strategi udgør grundlaget for de ønskede virkninger af TARGIT de næste år. Strategien udgør således grundlaget for de næste års arbejde med virkning af TARGIT. Det afklares som en del af strategien, hvilke metoder der skal anvendes til at følge op på virkning.'
  }
];
