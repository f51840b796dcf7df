// Albertslund's focus areas (indsatsområder) from the virksomhedsplan 2016-2017 (source 002).
// Albertslund has no DUS: the plan's four focus areas play the part of the year's tracks, so
// they are seeded as a strategy of 2016-17 with tracks of kind focusArea. The follow-up of 2015
// is grouped under the three focus areas of the 2015 plan ("Vi introducerede indsatsområde 1-3
// i sidste års virksomhedsplan"), seeded as a 2015 strategy with the follow-up's own headings.
// Neither plan states a minimum content per goal, so none is enforced.
import type { SeedStrategy } from '../types';

const plan2016: SeedStrategy = {
  key: 'al-indsatsomraader-2016',
  source: 'albertslund2016',
  year: 2016,
  yearTo: 2017,
  title: 'Indsatsområder 2016',
  // "Indsatsområder": the frame of the plan's focus areas.
  intro: [
    'I 2014 - 2015 handlede den store indsats på organisationsudviklingsfronten om netværk og udviklingen af en ny Vision-Strategi for Albertslund Kommune. Den nye Vision og Strategi er nu vedtaget, implementeringen er i fuld gang, og netværksstrukturen udvikler og forgrener sig bl.a. via den indsats de fire netværksledere fra Økonomi og Stab bedriver.',
    'I 2016/17 handler organisationsudviklingstrækket i Økonomi og Stab særligt om det, der i Direktørforums indsatsområder 2016-2017 kaldes organisationens tilpasning til en ny virkelighed. Det betyder blandt andet, at Økonomi og Stab vil understøtte en udvikling af organisationens evne til at håndtere det at være i konstant forandring, herunder evnen til at foretage stram prioritering af opgaver og projekter med fokus på målene i den nye Vision og Strategi, og på at vores indsats altid skal skabe værdi for borgerne.',
    'Økonomi og Stab ser en fælles forståelse af kerneopgaven og evnen til at prioritere i sit arbejde som centrale drivkræfter til at sikre høj kvalitet, brugertilfredshed og høj medarbejdertrivsel i et arbejdsliv kendetegnet af stor omskiftelighed i forhold til rammer og krav i arbejdet. Derfor vil vi som afdeling understøtte den øvrige organisation i et fokus på kerneopgaven. Ingen må være i tvivl om, hvorfor vi er her og kerneopgaven skal være omdrejningspunktet for enhver handling i den enkelte institution, afdeling eller enhed. Vi får ikke mere tid, men med et klart fokus på kerneopgaven og på de muligheder digitaliseringen rummer, vil Økonomi og Stab understøtte at medarbejdere i Albertslund Kommune bruger deres tid på det rigtige.',
    'I tillæg til dette overordnede fokus for Økonomi og Stabs indsats i 2016/17, vil ØS også byde ind på en række specifikke områder, der er særligt prioriteret i Albertslund Kommune. Det gælder eksempelvis når vi tager del i indsatsen for at ruste børn til fremtiden, udvikle og afprøve velfærdsteknologi, sikre smidige arbejdsgange og mindske bureaukratiet.',
    'Indsatsområderne:',
    'Økonomi og Stab har i 2016/17 særligt fokus på fire indsatsområder, der understøtter den retning der er udstukket for Albertslund Kommune i direktørforums indsatsområder, de politiske visioner om en by for børnene, det grønne og fællesskabet samt "Budgetaftale" 2016.',
    'Det er kendetegnende for vores indsatsområder at de forudsætter et tæt tværgående samarbejde mellem Økonomi og Stab, den resterende organisation og verden omkring os. Økonomi og Stab har brug for perspektiverne "udefra", når vi skal skabe løsninger til nye udfordringer, finde nye veje i kendte udfordringer eller tilpasse eksisterende løsninger til organisationens behov. Vi vil derfor sikre en konsekvent inddragelse af kollegaer, samarbejdspartnere og ind imellem også borgere i en samskabelse af de bedste løsninger for den enkelte afdeling og organisationen som helhed. Ligeledes har vi fokus på konsekvent at søge inspiration udenfor vores egen organisation i forhold til allerede udviklede løsninger, ideer og koncepter som med fordel kan tilpasses og implementeres i Albertslund Kommune.'
  ].join('\n'),
  deadlines: [],
  goalTemplate: 'evidence',
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
        'I Økonomi- og Stab vil vi bl.a. understøtte arbejde med læring ved at have fokus på måden Økonomi- og Stab arbejder med at skabe læring i organisationen. Økonomi og Stab underviser kollegaer i resten af organisationen i brugen af forskellige it-baserede redskaber/systemer, i personalejura, i økonomistyring og meget andet. Men vi arbejder også med læring på mere indirekte vis, når vi fx udvikler, faciliterer og evaluerer tværgående processer såsom budgetproces, visionsproces eller medarbejder/lederudviklingsprocesser.',
        'Når Økonomi og Stab fremadrettet skal arbejde med læring i organisationen, bliver bevægelsen væk fra den traditionelle passive serviceopfattelse hen mod det aktive partnerskabsperspektiv central. Vi vil være nysgerrige på de behov, der præger organisationen og fokusere på den værdi der skabes i læringen for den enkelte og for organisationen som helhed.'
      ].join('\n')
    },
    {
      kind: 'focusArea',
      number: 3,
      title: 'Fokus på kvaliteten / værdien af vores indsats',
      description: [
        'I Albertslund Klommune går vi efter at skabe høj kvalitet, med de ressourcer vi har. Borgeren skal opleve mødet med kommunen, som noget der tilfører den enkelte værdi (i bred forstand). Med det udgangspunkt vil vi i Økonomi- og Stab understøtte organisations fokus på kerneopgaven, og dermed også på muligheden for at prioritere i det daglige arbejde. Det handler om at skærpe bevidstheden om, at vi ikke får mere tid, og at vi derfor hele tiden må forholde os til, om vi bruger tiden rigtigt. Med et tydeligt fokus på, hvorfor vi er her, får vi også en reel mulighed for at vælge til og fra hvilket kommer borgeren til gode og i sidste ende skaber øget social kapital og trivsel på arbejdspladsen.',
        'Når vi vil måles på den værdi, vi efterlader hjemme hos den enkelte borger, og ikke på de ydelser borgeren er bevilget, så skal vi samtidig blive dygtigere til at måle på de resultater/den værdi vi skaber, fremfor på antallet af ydelser eller de penge vi bruger.',
        'Økonomi og Stab vil gå foran i det tværgående træk, der handler om, at Albertslund kommune som helhed skal blive bedre til at måle værdien af arbejdet/mødet med borgeren/kollegaen og holde retning i vores indsats ved hjælp af opstillede mål og indikatorer, som understøtter den politiske eller administrative ledelses prioriteringer.',
        'Hvad enten det handler om at måle værdien af Økonomi- og Stabs egen indsats eller at fremme et generelt fokus på værdi, så indebærer det en nysgerrig og systematisk tilgang til, hvad der skaber værdi og dernæst en tydelig kobling mellem ressourcer/afsat budget og den værdi/ brugertilfredshed vi skaber.'
      ].join('\n')
    },
    {
      kind: 'focusArea',
      number: 4,
      title: 'Økonomi og Stabs interne udvikling',
      description: [
        'Det fjerde og sidste indsatsområde retter sig mod Økonomi og Stabs egen udvikling. Vi har siden Økonomi og Stabs opståen arbejdet intensivt med at skabe en afdeling, der trækker i samme retning og deler en fælles forståelse af vores opgave og rolle i organisationen. Det har været en rejse med udfordringer, men vi er kommet langt og fungerer i dag som en fælles afdeling med en (nogenlunde) fælles forståelse af vores kerneopgave, en fælles kultur, og med en række underliggende subkulturer.',
        'I de kommende to år, vil vi arbejde videre på at tydeliggøre vores fælles opgave og den gensidige afhængighed vi har på tværs af de 8 underenheder i ØS. Vi vil stille skarpt på de enkelte opgaver og prioriteringen af dem, med fokus på kun at løse de opgaver, der skaber værdi for de enkelte institutioner, afdelinger, organisationen som helhed – og i sidste ende for de borgere, vi er her for. Vi er blevet dygtige til at finde synergierne i det tværgående samarbejde i ØS, men vi kan nå endnu længere i forhold til at inddrage vores "brugere" og bruge vores tid optimalt.'
      ].join('\n')
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
  goalTemplate: 'evidence',
  minimumGoalContent: [],
  tracks: [
    { kind: 'focusArea', number: 1, title: 'Smart administration' },
    { kind: 'focusArea', number: 2, title: 'Læring i den netværksbaserede organisation' },
    { kind: 'focusArea', number: 3, title: 'Fokus på kvalitet/effekt af vores indsats' }
  ],
  requirements: []
};

export const albertslundStrategies: SeedStrategy[] = [plan2015, plan2016];
