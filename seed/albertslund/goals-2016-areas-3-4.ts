// Virksomhedsplan 2016-2017 (source 002), goals of focus areas 3 and 4. Focus area 3 prints its
// five goals first and then five "Dokumentation" blocks; they pair up in order (each block
// speaks of its goal's subject), which is how they are assigned here.
import type { SeedGoal } from '../types';
import { ALBERTSLUND_STAGE } from '../stages';
import { PLAN_2016_KEY } from './plan-2016';
import { evidence } from './evidence';

const area = (number: number) => ({
  agreementKey: PLAN_2016_KEY,
  trackRefs: [{ kind: 'focusArea' as const, number }],
  policies: [],
  requirementRefs: [],
  sharedWithDepartmentKeys: [],
  stage: ALBERTSLUND_STAGE.approved
});

export const goals2016Areas34: SeedGoal[] = [
  {
    ...area(3),
    key: 'al-2016-ledelsesorganisationen',
    title:
      'Afdække mulighederne for at øge kvalitet og sammenhæng i understøttelsen og udviklingen af ledelsesorganisationen i samarbejde med Politik og Ledelse',
    evidence: evidence(
      'Økonomi og Stab har sammen med Politik og Ledelse formuleret en ramme for understøttelsen af lederorganisationen. Herunder skabt overblik over hvilke opgaver der løses på området i dag, hvilke vi skal løse i de næste to år, hvem der har ansvar for hvad og hvordan vi vil befrugte hinandens arbejde på tværs af ØS og PL.',
      'Økonomi og Stab har sammen med Politik og Ledelse udviklet rammerne for Lederforum i 2016/17. Rammerne er godkendt i DIF'
    )
  },
  {
    ...area(3),
    key: 'al-2016-vaerdi-outcome',
    title: 'Understøtte et konsekvent fokus på at få mest muligt ud af ressourcerne – måle på værdi/outcome.',
    // 2015: the "effektjægere" goal "indgår i stedet, som et delmål i 2016/17 under målet om at
    // understøtte et systematisk fokus på at få mest muligt ud af ressourcerne".
    continuesFromKey: 'al-2015-effektjaegere',
    evidence: evidence(
      'Økonomi og Stab har formuleret udkast til en ny fælles strategi for økonomisk styring i kommunen, der tydeliggør sammenhængen mellem budgetter, strategier, målsætninger og den værdi/outcome, der skabes.',
      'Som pilotprojekt har Økonomi og Stab i samarbejde med Social og Familie udviklet en metode til, hvordan vi systematisk kan opsamle viden om værdien af de tilbud, som ydes til borgerne.'
    )
  },
  {
    ...area(3),
    key: 'al-2016-indtaegter-udgifter',
    title: 'Optimere tværgående indtægter og nedbringe udgifter',
    evidence: evidence('Indtægter fra moms og hjemtagelse af statsrefusioner er øget.', 'Udgifter til rykkere og forsikring af tjenestemænd er nedbragt')
  },
  {
    ...area(3),
    key: 'al-2016-budgetproces',
    title: 'Tilrettelæggelse af budgetproces med fokus på den fælles opgave',
    // 2015: the budget process goal "er opnået og det videreudvikles i 2016/17".
    continuesFromKey: 'al-2015-budgetproces',
    evidence: evidence(
      'Budgetprocessen har sikret en tættere inddragelse af CF.',
      'Budgetprocessen har skabt større fokus på investeringsmuligheder samt et fælles ejerskab i forhold til de løsninger, administrationen indstiller til KB med henblik på at gøre kommunens økonomiske situation mere robust.'
    )
  },
  {
    ...area(3),
    key: 'al-2016-styringsredskaber',
    title: 'Klar sammenhæng i de centrale tværgående styringsredskaber',
    evidence: evidence(
      'Økonomi og Stab bidrager til arbejdet i sekretariat for politik og ledelse med at skabe en samlet styringskæde, der skaber værdi for såvel den enkelte leder og den samlede organisation',
      'Økonomi og Stab udvikler budgetbog 1 så den bliver en hensigtsmæssig og koblet del af de øvrige centrale styringsværktøjer. Udviklingen sker i samarbejde med sekretariat for Politik og Ledelse samt Teknik og Miljø'
    )
  },
  {
    ...area(3),
    key: 'al-2016-aarsregnskab',
    title: 'Nyt forenklet koncept for årsregnskabet med fokus på læse og brugervenlighed.',
    evidence: evidence(
      'Der udarbejdes et nyt koncept for de "Generelle bemærkninger til regnskabet"',
      'De obligatoriske tabeller i regnskabet revurderes layoutmæssigt i forhold til læsbarhed',
      'Revisionshusenes modelregnskaber indhentes og vurderes i forhold til implementering i Albertslund Kommune fremadrettet'
    )
  },
  {
    ...area(3),
    key: 'al-2016-informationssikkerhed',
    title: 'Fortsætte implementeringen af informationssikkerhedspolitikken.',
    // 2015: "Målet er nået. Det gentages og videreudvikles i 2016/17".
    continuesFromKey: 'al-2015-informationssikkerhed',
    evidence: evidence(
      'Gap-analyse inkl. anbefalede tiltag',
      'Revideret informationssikkerhedspolitik, med tilføjelse af privatlivs-principper ift. Smart City-tiltag'
    )
  },
  {
    ...area(4),
    key: 'al-2016-laeringsnetvaerk',
    title:
      'Skabe rammer/netværk i forhold til læring fx lønadministrationens erfa-netværk – og arbejde systematisk med implementering af den læring, der genereres',
    evidence: evidence(
      'Økonomi og Stabs ledelse følger op på de innovative læringsprocesser i afdelingen, evaluerer dem og sikrer dokumentation af processer. Denne viden formidles til resten af afdelingen på afdelingsmøder eller/og de relevante enheder internt i afdelingen.'
    )
  },
  {
    ...area(4),
    key: 'al-2016-socialt-ansvar',
    title: 'Tage et socialt og uddannelsesmæssigt ansvar og bidrage til Albertslund Kommunes beskæftigelsesindsats',
    // 2015: the social responsibility goal "er opfyldt (og mere til), det gentages og
    // videreudvikles i 2016/17".
    continuesFromKey: 'al-2015-socialt-ansvar',
    evidence: evidence(
      'I 2016/17 er der løbende mindst 8 ansatte (eller i forløb) i ØS som praktikanter, elever, fleksjob, seniorjobbere, løntilskudsansatte eller virksomhedspraktikanter.'
    )
  },
  {
    ...area(4),
    key: 'al-2016-praktikanter',
    title: 'Styrket indsats for at tiltrække kompetente praktikanter, løntilskudsansatte og studerende med relevante profiler.',
    goalStatement: [
      '- Styrket indsats for at tiltrække kompetente praktikanter, løntilskudsansatte og studerende med relevante profiler.',
      '- Styrket udbyttet og/eller læringen både for ØS og for kandidaterne.'
    ].join('\n'),
    evidence: evidence(
      'I samarbejde med ØS-MED udarbejdes et koncept for:',
      'Afdækning af, hvorvidt kandidaterne fagligt kan bidrage til arbejdet/udviklingen i ØS',
      'Afdækning af, hvordan vi sikrer relevante og udviklende opgaver for kandidaterne, som samtidig skaber udbytte og/eller læring i ØS',
      'Evaluering af kandidaternes udbytte og sikring af vidensopsamling'
    )
  },
  {
    ...area(4),
    key: 'al-2016-netvaerksledere',
    title: 'Skabe værdi i Økonomi og Stab af netværksledernes uddannelsesforløb og erfaringer',
    evidence: evidence(
      'Medarbejderne i ØS oplever, at der bliver arbejdet på nye måder, med fokus på værdi og samskabelse. Medarbejdere vil desuden opleve at vi påtager os opgaver, vi ikke kender løsningen på, også når det kræver at vi tager "den snoede sti" frem for den velkendte lige vej.'
    )
  },
  {
    ...area(4),
    key: 'al-2016-staerke-trekant',
    title:
      'Sætte Tage Søndergårds stærke trekant i centrum for Økonomi og Stab indsats; vi vil have brugertilfredshed – høj medarbejdertrivsel og høj kvalitet hele vejen rundt.',
    evidence: evidence(
      'Der er planlagt og gennemført en proces der indbefatter alle medarbejdere i ØS og som gennemføres i et samspil med den øvrige organisation. I processen skærpes ØS-medarbejdernes fælles forståelse af afdelingens kerneopgave og den enkeltes indsats i forhold til denne. Den fælles forståelse indbefatter en fælles forståelse af:',
      'Målgruppen',
      'Værdien vi skaber',
      'Motivationen der driver os',
      'Ambitionen (hvad vil vi kendes for)',
      'Oplæg til Chefforum med forslag til hvordan der med fordel kan arbejdes med at styrke fokus på kerneopgaven i den samlede organisation.'
    )
  }
];
