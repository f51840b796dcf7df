// Follow-up of the 2015 goals (source 002), focus area "Læring i den netværksbaserede
// organisation". See followup-2015.ts for how outcomes are read from the notes.
import type { SeedGoal } from '../types';
import { evidence } from './evidence';
import { readFollowUp } from './followUpReading';
import { followUpGoal } from './followup-2015';

const laering = followUpGoal('Læring i den netværksbaserede organisation', 2);

/** Items the note reports done, by index, each with the note's own words (followUpReading.ts). */
const SHOWN: Readonly<Record<string, Record<number, string>>> = {
  'al-2015-netvaerksarbejde': { 0: 'Derudover har flere medarbejdere deltaget i netværk', 1: '5 medarbejdere har taget en netværkslederuddannelse' },
  'al-2015-vision': { 0: 'Der er udviklet en ny vision og strategi som er politisk vedtaget' },
  'al-2015-kompetencer': {
    0: 'CF vedtog en plan for den tværgående kompetenceudvikling',
    1: 'Forløbet er blevet positivt evalueret',
    3: 'ØS har tilpasset sine undervisningstilbud'
  },
  'al-2015-arbejdsmiljoe': { 0: 'Kommissoriet er drøftet i KommuneMED' },
  'al-2015-trivsel': {
    0: 'I februar 2015 gennemførte ØS en trivsels- og APV undersøgelse',
    1: 'Ledere og arbejdsmiljørepræsentanter blev efterfølgende trænet'
  }
};

const written: SeedGoal[] = [
  {
    ...laering,
    key: 'al-2015-netvaerksarbejde',
    title: 'Vi vil øge ØS bidrag til og indsigt i det konkrete netværksarbejde i Albertslund Kommune',
    evidence: evidence(
      'Minimum 5 ØS medarbejdere, deltager/har deltaget i et netværk i Albertslund kommune i 2015. Forud for netværksdeltagelse aftaler medarbejder og afdelingsleder, hvad "netværksmedarbejderen" skal tage med hjem fra netværksarbejdet, og hvordan ØS som helhed kan drage læring af netværksdeltagelsen.',
      'Vi har fået en ny uddannet netværksleder',
      'Vi har bidraget til det analytiske fundament for netværket "Bo i Albertslund" via fx. konsekvensberegninger og visuel præsentation med GIS'
    ),
    // The note reports what happened but states no verdict.
    outcomeNote:
      '5 medarbejdere har taget en netværkslederuddannelse og har stået i spidsen for hver deres netværk. Derudover har flere medarbejdere deltaget i netværk. Der er sat nye mål for hvordan netværkslederkompetencerne sættes i spil i ØS i 2016. ØS har ikke været involveret i netværket "Bo i AK".'
  },
  {
    ...laering,
    key: 'al-2015-vision',
    title:
      'Vi vil drive udviklingen af en ny bæredygtig Vision for byen og sikre, at alle ledere og medarbejdere i organisationen kender visionen, kan se sig ind i den og kan definere egen rolle i forhold til at realisere visionen',
    evidence: evidence(
      'KB har vedtaget en 4-årig vision for Albertslund by',
      'Der er udarbejdet en plan for implementering af visionen, som bl.a. omfatter forankring i ledelsesorganisationen'
    ),
    // No verdict stated.
    outcomeNote:
      'Der er udviklet en ny vision og strategi som er politisk vedtaget. Implementeringen pågår og næste skridt tages på Store Lederdag, hvor lederne skal arbejde med at se sig ind i visionen og tage ledelse på det arbejde som visionerne og strategien fordrer.'
  },
  {
    ...laering,
    key: 'al-2015-socialt-ansvar',
    title: 'Vi vil tage et socialt ansvar og bidrage til Albertslund kommunes ungeindsats.',
    evidence: evidence(
      'ØS har vedvarende ansat 1 person i henholdsvis løntilskud, elevpraktik, virksomhedspraktik, flexjob og seniorjob og vi sikrer, at alle introduceres grundigt til deres arbejdsopgaver, til arbejdspladsen og til det at være på arbejdsmarkedet. I de tilfælde hvor den aktiverede har en jobplan, understøtter vi arbejdet med at udarbejde og følge op på den aktiveredes jobplan.'
    ),
    outcomeNote: 'Målet er opfyldt (og mere til), det gentages og videreudvikles i 2016/17'
  },
  {
    ...laering,
    key: 'al-2015-strategi-oekonomistyring',
    title:
      'Vi vil udarbejde en strategi for økonomistyring i AK, der styrker effektiviteten og giver et større fokus på effekter og resultater. Strategien skal udarbejdes i et partnerskab med den resterende organisation',
    evidence: evidence(
      'Øs planlægger og gennemfører proces hvor:',
      'DIF udstikker retning for strategien med udgangspunkt i BDOs model for god kommunal økonomistyring. Modellen sætter blandt andet mål for bevillingsniveau, ledelsesinformation, kompetencer og kommunikation i organisationen.',
      'CF og evt. øvrige relevante interessenter fra AK inddrages i strategiens udformning',
      'Strategi for økonomistyring vedtages i DIF og ØU'
    ),
    outcomeNote: 'Forarbejdet er i gang, og der er udvalgt et område og en referenceleder til indsatsen. Målet videreføres i 2016/2017'
  },
  {
    ...laering,
    key: 'al-2015-samarbejdsformer',
    title: 'Vi vil afprøve nye samarbejdsformer i forbindelse med læring i organisationen',
    evidence: evidence(
      'Gennemført pilottest af tværfagligt udgående specialistteam (eks. økonom, jurist og it-specialist), som besøger tre udvalgte afdelinger, institutioner, enheder eller lign.(på opfordring) og i fællesskab med "værten" effektiviserer udvalgte arbejdsgange, opgaver m.m.'
    ),
    outcomeNote: 'Der er gjort flere spæde forsøg, men målet er ikke nået, og det overvejes pt. om der skal arbejdes videre med det i 2016/17.'
  },
  {
    ...laering,
    key: 'al-2015-kompetencer',
    title:
      'Vi vil sikre en målrettet udvikling af leder og medarbejder kompetencer, der sætter organisationen i stand til at løfte de politiske visioner. (Målet skal ses i sammenhæng med målet om at understøtte et digitalt kompetenceløft)',
    evidence: evidence(
      'CF har godkendt en plan for den tværgående kompetenceudvikling',
      'Introduktionskursus til ledere planlagt, implementeret og evalueret',
      'Afdækning af kompetencegab på det administrative område generelt og på ØS egne fagområder.',
      'Tilpasning af ØS´ undervisningstilbud indenfor alle ØS kerneområder: IT, Personale (medarbejdere og ledelse), Økonomi og betjening af politisk og administrativ topledelse.'
    ),
    // No verdict stated.
    outcomeNote:
      'CF vedtog en plan for den tværgående kompetenceudvikling i foråret 2015. Planen skal tilpasses og evalueres en gang om året og godkendes i Chefforum. Der er gennemført et introduktionsforløb for det første hold nye ledere. Forløbet er blevet positivt evalueret og der gennemføres endnu et, når der er samlet et nyt hold. ØS har tilpasset sine undervisningstilbud og fortsætter sit fokus på at udbyde relevant, målrettet undervisning med fokus på organisationens behov. Endelig er der udviklet og igangsat et uddannelsesforløb for alle ledere i kommunen under overskriften Digital Ledelse.'
  },
  {
    ...laering,
    key: 'al-2015-arbejdsmiljoe',
    title: 'Implementering af ny organisering på arbejdsmiljø området',
    evidence: evidence(
      'Kommissorium for styregruppen for arbejdsmiljø og risikostyring har været forelagt Kommune MED. Der er udarbejdet en arbejdsplan som evalueres ved årets udgang',
      'Styregruppen bidrager til den årlige arbejdsmiljødrøftelse'
    ),
    // No verdict stated.
    outcomeNote:
      'Der er godkendt kommissorium, årsplan samt organisationsplan for Styregruppen for arbejdsmiljø og risikostyring. Kommissoriet er drøftet i KommuneMED, den 22. april 2015. Drøftelse af bidrag til den årlige arbejdsmiljødrøftelse i KommuneMED er indsat som punkt i årshjulet for Styregruppen.'
  },
  {
    ...laering,
    key: 'al-2015-trivsel',
    title: 'Styrke ledernes og MEDorganisationens viden om og metoder til at arbejde målrettet med trivsel (herunder øge social kapital i AK)',
    evidence: evidence(
      'Gennemført trivsels- og APV undersøgelse i foråret 2015, med fokus på Social Kapital, danner udgangspunkt for en målrettet indsats for at øge trivslen og organisationens sociale kapital',
      'Gennemført træning af ledere og arbejdsmiljørepræsentanter i metoder til at arbejde målrettet med at øge den sociale kapital'
    ),
    // No verdict stated.
    outcomeNote:
      'I februar 2015 gennemførte ØS en trivsels- og APV undersøgelse i hele AK med fokus på Social Kapital. Ledere og arbejdsmiljørepræsentanter blev efterfølgende trænet i metoder til at arbejde målrettet med at øge den sociale kapital. Der er sat fokus på social kapital på Store MEDDAG, der er lavet lokale handleplaner på baggrund af trivselsmålingen og det er besluttet i KommuneMED at arbejde tværgående med krav i arbejdet i 2016.'
  }
];

/** Outcome and delivered evidence read from each goal's "Opfølgning" text. */
export const followUpLaering2015: SeedGoal[] = written.map((g) => readFollowUp(g, SHOWN[g.key]));
