// Virksomhedsplan for Økonomi og Stab 2016-2017 (source 002): the agreement and the goals of
// focus areas 1 and 2, each with its "Dokumentation" as evidence. Goals are not numbered in the
// plan. continuesFromKey links a goal to the 2015 goal whose follow-up says it carries on.
import type { SeedAgreement, SeedGoal } from '../types';
import { ALBERTSLUND_STAGE } from '../stages';
import { evidence } from './evidence';

export const PLAN_2016_KEY = 'al-virksomhedsplan-2016-2017';

export const plan2016: SeedAgreement = {
  key: PLAN_2016_KEY,
  departmentKey: 'al-okonomi-og-stab',
  source: 'albertslund2016',
  year: 2016,
  yearTo: 2017,
  title: 'Virksomhedsplan for Økonomi og Stab 2016-2017',
  intro: [
    'Økonomi- og Stab adskiller sig fra den øvrige organisation ved først og fremmest at arbejde på de indre linjer. Det er vores ansvar, at der er styr på basis (økonomi, It, personale, Jura og HR) så den øvrige organisation kan koncentrere sig om at understøtte og udvikle rammerne om det gode liv i fremtidens bæredygtige velfærdsby; Albertslund. Det er samtidig Økonomi og Stabs ansvar at drive og kvalificere udviklingstiltag, beslutningsgrundlag og tværgående indsatser i hele organisationen, som sætter Albertslund Kommune i stand til at indfri de politiske visioner og strategier. Endelig har Økonomi og Stab en central opgave med at skabe et økonomisk råderum i Albertslund Kommune og tage medansvar for Albertslund Kommunes økonomiske, sociale og miljømæssige bæredygtighed.',
    'Økonomi- og Stab samarbejder med alle dele og niveauer i organisationen. Udgangspunktet er et tværfagligt hold af specialiserede medarbejdere, der kombinerer dybdegående viden på enkeltområder med et skarpt blik for muligheder og behov i den samlede organisation. Vi baserer vores indsats på et fundament af sammenhængskraft, forretningsforståelse og ansvarlighed, fordi vi mener det styrker os i vores bestræbelser på, at understøtte og bevæge organisationen i indsatsen for at gøre Albertslund til en attraktiv og levende by, hvor børn, det grønne og fællesskabet er i centrum.',
    'Vi har i 2015 haft fokus på, at udvikle vores rolle fra ofte at være primært servicerende til i højere grad at være en partner i organisationen. Det betyder, at vi på alle vores fagområder går efter det ligeværdige og gensidigt udviklende partnerskab, hvor vi stiller krav til hinanden, forstyrrer hinanden, har fokus på at spille hinanden gode og i fællesskab finder de bedste løsninger. I 2016 -2017 skruer vi op for samskabelsen med kollegaer, samarbejdspartner og borgere.',
    'Økonomi og Stabs organisering',
    'Økonomi- og Stab er sammensat af medarbejdere med en bred vifte af kompetencer indenfor:',
    '- Økonomistyring (herunder support, analyse, ledelsesinformation, kontrol m.m.)',
    '- Udbud og indkøb',
    '- Organisationsudvikling',
    '- Jura',
    '- Ledelses- og personaleudvikling',
    '- It-drift og support',
    '- Digital-udvikling og innovation',
    '- Procesfacilitering',
    '- Projektledelse',
    '- Lønadministration',
    '- Netværksledelse',
    'Vi varetager økonomidrift og styring, IT-support og drift, tværgående digitaliseringstræk, HR drift og udvikling samt juridisk bistand. Herudover igangsætter og driver vi tværgående udviklingstræk, netværk, afvikler lands- og kommunalpolitisk valg samt koordinere og udvikle MED- og AMR arbejdet.',
    'Vi er ca. 60 faste medarbejdere og dertil kommer en række studerende, praktikanter, løntilskudsansatte, elever og seniorjobbere.',
    'Økonomi- og Stab er organiseret i 8 enheder og en ledergruppe.'
  ].join('\n'),
  coreTask: [
    'Vi arbejder behærdigt på at skabe offentlig værdi og give de politiske visioner luft under vingerne',
    'Vi er det solide fundament, der styrker ledere og medarbejdere i at drive og udvikle velfærd med mest mulig værdi for borgerne.'
  ].join('\n'),
  policies: [],
  milestones: [],
  // Unsure: the plan is published (www.albertslund.dk) but does not say who approved it or when;
  // a published plan is read as approved.
  stage: ALBERTSLUND_STAGE.approved
};

const area = (number: number) => ({
  agreementKey: PLAN_2016_KEY,
  trackRefs: [{ kind: 'focusArea' as const, number }],
  policies: [],
  requirementRefs: [],
  sharedWithDepartmentKeys: [],
  stage: ALBERTSLUND_STAGE.approved
});

export const goals2016Areas12: SeedGoal[] = [
  {
    ...area(1),
    key: 'al-2016-smart-by',
    title: 'Skabe en organisering og styring, der sikrer en succesfuld implementering af "Strategi for den smarte by".',
    evidence: evidence(
      'Der er udarbejdet et oplæg til DIF i samarbejde med Miljø og Teknik. Oplægget har til formål at skabe et overblik over opgaver, ansvar og udfordringer, og samtidig bidrage med anbefalinger til, hvordan der kan skabes en bæredygtig organisering på området.',
      'Der er udarbejdet en It-strategi'
    )
  },
  {
    ...area(1),
    key: 'al-2016-digitalisere-processer',
    title: 'Digitalisere og effektivisere processer, både internt i Økonomi og Stab og ud i organisationen. Herunder optimere/ standardisere arbejdsgange.',
    // 2015: "Målet videreføres" for the personnel administration goal; this goal's evidence
    // continues that work.
    continuesFromKey: 'al-2015-personaleadministration',
    evidence: evidence(
      'Der er i samarbejde med den øvrige organisation udarbejdet et overblik over personaleadministrationen, der afdækker, hvor det kan være relevant at digitalisere og justere arbejdsgange og eventuelt indføre brugen af apps til digital indberetning (fx. kørsel, løn og fravær).',
      'Udvikling af mit forventede regnskab (MRF) og styrke lederens kendskab til og brug af MRF',
      'Optimere mulighederne for brug af disponeringer og dermed prognostisere forbrug. Vi starter med beskæftigelsesområdet og det specialiserede område.'
    )
  },
  {
    ...area(1),
    key: 'al-2016-internet-institutioner',
    title: 'Flest mulige decentrale institutioner har et internet, der kan håndtere de devices, der bruges på institutionen',
    evidence: evidence('I 2016 opgraderes den digitale infrastruktur. Der er afsat 500.000 kroner i 2016, og yderligere 1 mio. i 2017 og 2018 til formålet.')
  },
  {
    ...area(1),
    key: 'al-2016-behov-digitalisering',
    title: 'Afdække organisationens specifikke behov for understøttelse i digitaliseringsindsatsen.',
    evidence: evidence(
      'Digital modenhedsundersøgelse gennemført i 1. halvår af 2016.',
      'Gennemføre pilotforsøg med task-force til at understøtte implementering af VITAS (system på beskæftigelsesområdet der bl.a. kan optimere digitalisering af lønstilskud mv.) i 1. halvår af 2016.'
    )
  },
  {
    ...area(1),
    key: 'al-2016-digitalt-kompetenceloeft',
    title: 'Digitalt kompetenceløft af ledere og medarbejdere i Albertslund kommune',
    // 2015: "Målet videreføres i øvrigt til 2016/17".
    continuesFromKey: 'al-2015-digitalt-kompetenceloeft',
    evidence: evidence(
      'Uddannelsesforløbet; Digital ledelse er gennemført og evalueringen viser et øget digitalt mindsæt',
      'Lederne er blevet styrket i deres arbejde med at løfte medarbejdernes digitale kompetencer',
      'DIF har i 2016 vedtaget en plan for det videre arbejde med at styrke den digitale ledelse i AK',
      'Den vedtagne plan tages i brug i 2017',
      'Det tværgående digitale kompetenceløft af medarbejdere adresseres i den tværgående kompetenceudviklingsplan.'
    )
  },
  {
    ...area(1),
    key: 'al-2016-principper-digitalisering',
    title:
      'Drive udviklingen af centrale principper for, hvordan vi arbejder med digitalisering/digitaliserer. Fælles opgaveløsning med andre kommuner – ressource- og kompetencedeling fx den nye digitaliseringsforening.',
    evidence: evidence(
      'Principper for digitalisering godkendt af Chefforum.',
      'Bl.a. fælles implementering af monopolbrud, hvor vi deler kompetencer og ressourcer'
    )
  },
  {
    ...area(1),
    key: 'al-2016-datadrevet-ledelse',
    title: 'Understøtte ledernes muligheder for at evaluere og styre via data med fokus på nøgletal og sammenligninger.',
    goalStatement: [
      '1. Understøtte ledernes muligheder for at evaluere og styre via data med fokus på nøgletal og sammenligninger.',
      '2. Afdække og kortlægge udbredelsen af datadrevet ledelse med henblik på at understøtte en ensartet brug og kommunikation af data og datakilder'
    ].join('\n'),
    // 2015: the management information goal "videreføres til 2016/17"; both build on FLIS.
    continuesFromKey: 'al-2015-ledelsesinformation',
    evidence: evidence(
      'I første halvår af 2016 er mulighederne i FLIS (kommunernes Fælleskommunale Ledelsesinformation) kortlagt ved et pilotprojekt på sygefraværsområdet',
      'Skoleområdet og det specialiserede social område kan bruge FLIS data til styring på deres område ud fra konkrete nøgletal',
      'For områder hvor FLIS ibrugtages afholdelse workshop med fokus på styringsudfordringer og styringsgab.'
    )
  },
  {
    ...area(1),
    key: 'al-2016-brugerstyring',
    title: 'At etablere et It-arkitektur målbillede for brugerstyring.',
    purpose:
      'Formålet er at give Albertslund Kommune mulighed for effektivisering arbejdsprocesser, gennemsigtig og sikker adgangsstyring, bedre understøttelse af brugernes mulighed for at bruge et hvilket som helst device et hvilket som helst sted (mobility) samt bedre understøttelse af kravene fra fællesoffentlige digitalisering (herunder monopolbrud, grunddataprogram og brugerportalinitiativ).',
    evidence: evidence(
      'Resultaterne afrapporteres ved levering af en rapport, der bl.a. indeholder følgende:',
      'Målarkitektur for brugerstyring',
      'Beskrivelse af det eksisterende it-landskab',
      'Gap analyse af løsningen i forhold til forretningsmæssige behov og mål.',
      'Udkast til anbefalet transition for realisering af målene.'
    )
  },
  {
    ...area(1),
    key: 'al-2016-spilleregler',
    title: "Eftersyn af de økonomiske spilleregler (regnskabsregulativ) og 'spilleregler' for budget.",
    evidence: evidence('Ajourførte spilleregler, som er godkendt af KB. Der er særligt fokus på ledelsestilsyn, anlæg, regnskab og budget.')
  },
  {
    ...area(2),
    key: 'al-2016-samarbejdsformer',
    title: 'Afprøve nye samarbejdsformer i forbindelse med læring i organisationen.',
    // 2015: the same goal was not reached and was being considered for 2016/17.
    continuesFromKey: 'al-2015-samarbejdsformer',
    evidence: evidence(
      'Medarbejdere der er undervist i Herskinds læringsmetode spreder kendskabet til metoden til øvrige medarbejdere der arbejder med undervisning i it-systemer',
      'Der etableres en målrettet erfaringsudveksling mellem undervisere i ØS',
      'Der er sket et fald i henvendelser i ØS Callcenter, It-support og lønadministrationen.',
      'Der udvikles og følges systematisk op på nye læringstiltag.'
    )
  },
  {
    ...area(2),
    key: 'al-2016-intern-kommunikation',
    title:
      'Udvikle den interne kommunikation i samarbejde med kommunikationsenheden i Politik og Ledelse (målgrupper, kanalstrategi, koordinering, skriv bedre, mobile enheder m.m.)',
    evidence: evidence(
      'Der laves en undersøgelse af behov og ønsker til kommunikation og kanaler blandt kommunens medarbejdergrupper (medarbejdere, ledere, tillidsvalgte mv.). På baggrund heraf udarbejdes forslag til strategi for den interne kommunikation herunder intranet og øvrige kommunikationskanaler. I forlængelse af en drøftelse af forslaget i Chefforum, implementeres den endelige plan.',
      'Der opstilles en kompetence database i form af et Organigram over medarbejdere. Løsningen forventes implementeret i 2016 4. kvartal'
    )
  },
  {
    ...area(2),
    key: 'al-2016-effektiviseringsmuligheder',
    title: "Understøtte/udbrede viden om effektiviseringsmuligheder med udgangspunkt i fx KORA og KL's inspirationskatalog, løbende analyser og nøgletal",
    evidence: evidence(
      'Økonomi og Stab afdækker omfanget af relevante forslag til mulige effektiviseringer i fx inspirationskataloger, nøgletal osv. på alle de store fagområder',
      'Med udgangspunkt heri udvælges konkrete forslag til mulig effektivisering på 2-3 fagområder',
      'I samarbejde med de pågældende fagområder udvælges X forslag/forslag for x mio. kr., som indgår i budgettet.'
    )
  },
  {
    ...area(2),
    key: 'al-2016-arbejdsgangsanalyser',
    title: 'Udvikle kompetencer (i digitaliseringsforeningen) til arbejdsgangsanalyser/brugerrejser',
    evidence: evidence(
      'Der er udviklet en metode i den Storkøbenhavnske Digitaliseringsforening til analyse og optimering af arbejdsgange ved implementering af digitaliserings projekter. Metoden afprøves på monopolbruddet.'
    )
  }
];
