// Albertslund's focus areas (indsatsområder) from the virksomhedsplan 2016-2017 (source 002).
// Albertslund has no DUS: the plan's four focus areas play the part of the year's tracks, so
// they are seeded as a strategy of 2016-17 with tracks of kind focusArea. The follow-up of 2015
// is grouped under the three focus areas of the 2015 plan ("Vi introducerede indsatsområde 1-3
// i sidste års virksomhedsplan"), seeded as a 2015 strategy with the follow-up's own headings.
// Neither plan states a minimum content per goal, so none is enforced.
import type { EvidenceItem } from '../../src/domain/types';
import type { SeedStrategy } from '../types';

/** Evidence lines ("Dokumentation"); the plan does not say which were delivered. */
export function evidence(...texts: string[]): EvidenceItem[] {
  return texts.map((text) => ({ text, delivered: false }));
}

const plan2016: SeedStrategy = {
  key: 'al-indsatsomraader-2016',
  source: 'albertslund2016',
  year: 2016,
  yearTo: 2017,
  title: 'Indsatsområder 2016',
  intro:
    'Økonomi og Stab har i 2016/17 særligt fokus på fire indsatsområder, der understøtter den retning der er udstukket for Albertslund Kommune i direktørforums indsatsområder, de politiske visioner om en by for børnene, det grønne og fællesskabet samt "Budgetaftale" 2016.',
  deadlines: [],
  minimumGoalContent: [],
  tracks: [
    {
      kind: 'focusArea',
      number: 1,
      title: 'SMARTere administration',
      description: [
        'I Albertslund arbejder vi målrettet på at komme helt i front i forhold til nye Smart City teknologier, og i de kommende år vil kommunen have fokus på at udvikle Smart City, som en strategisk ramme for hele byens udvikling. I Økonomi- og Stab prioriterer vi arbejdet med at udvikle administrationen, så den matcher den smarte by. Det gør vi via fig. fokuspunkter:',
        '- Digitalisering',
        '- Forventningsafstemning og dialog',
        '- Smart (i forståelsen; værdiskabende) organisering af det administrative arbejde, der går på tværs internt i Økonomi og Stab og eksternt mellem Økonomi og Stab og Sekretariat for ledelse og politik samt de øvrige afdelinger.',
        'I 2016/17 vil vi i Økonomi og Stab gå målrettet efter at udfordre vaner og systemer – og stille forslag til, hvordan vi kan arbejde smartere.'
      ].join('\n')
    },
    {
      kind: 'focusArea',
      number: 2,
      title: 'Læring i en netværksbaseret organisation',
      description: [
        'I august 2013 implementerede Albertslund kommune en netværksbaseret organisation, der på mange måder er et kulturelt projekt, hvor medarbejdere i kommunen skal lære at arbejde sammen på nye måder, og inddrage borgere og eksterne interessenter i en samskabelse af fremtidens velfærd. Det fordrer nytænkning på mange områder, ikke mindst i forhold til måden, vi arbejder med læring i Albertslund Kommune. I den netværksbaserede organisation er borgeren, brugeren og det omkringliggende samfund medskabere og har indflydelse på hvilken læring vi vil skabe, hvordan vi vil gennemføre den, og hvad vi vil have ud af den.',
        'Når Økonomi og Stab fremadrettet skal arbejde med læring i organisationen, bliver bevægelsen væk fra den traditionelle passive serviceopfattelse hen mod det aktive partnerskabsperspektiv central. Vi vil være nysgerrige på de behov, der præger organisationen og fokusere på den værdi der skabes i læringen for den enkelte og for organisationen som helhed.'
      ].join('\n')
    },
    {
      kind: 'focusArea',
      number: 3,
      title: 'Fokus på kvaliteten / værdien af vores indsats',
      description: [
        'Når vi vil måles på den værdi, vi efterlader hjemme hos den enkelte borger, og ikke på de ydelser borgeren er bevilget, så skal vi samtidig blive dygtigere til at måle på de resultater/den værdi vi skaber, fremfor på antallet af ydelser eller de penge vi bruger.',
        'Økonomi og Stab vil gå foran i det tværgående træk, der handler om, at Albertslund kommune som helhed skal blive bedre til at måle værdien af arbejdet/mødet med borgeren/kollegaen og holde retning i vores indsats ved hjælp af opstillede mål og indikatorer, som understøtter den politiske eller administrative ledelses prioriteringer.'
      ].join('\n')
    },
    {
      kind: 'focusArea',
      number: 4,
      title: 'Økonomi og Stabs interne udvikling',
      description:
        'Det fjerde og sidste indsatsområde retter sig mod Økonomi og Stabs egen udvikling. Vi har siden Økonomi og Stabs opståen arbejdet intensivt med at skabe en afdeling, der trækker i samme retning og deler en fælles forståelse af vores opgave og rolle i organisationen.'
    }
  ],
  requirements: []
};

const plan2015: SeedStrategy = {
  key: 'al-indsatsomraader-2015',
  source: 'albertslund2016',
  year: 2015,
  title: 'Indsatsområder',
  deadlines: [],
  minimumGoalContent: [],
  tracks: [
    { kind: 'focusArea', number: 1, title: 'Smart administration' },
    { kind: 'focusArea', number: 2, title: 'Læring i den netværksbaserede organisation' },
    { kind: 'focusArea', number: 3, title: 'Fokus på kvalitet/effekt af vores indsats' }
  ],
  requirements: []
};

export const albertslundStrategies: SeedStrategy[] = [plan2015, plan2016];
