// Follow-up of the 2015 goals (source 002), focus area "Fokus på kvalitet/effekt af vores
// indsats" and the group "Ny lokalforankret lønadministration i Albertslund Kommune". See
// followup-2015.ts for how outcomes are read from the notes.
import type { SeedGoal } from '../types';
import { evidence } from './evidence';
import { readFollowUp } from './followUpReading';
import { followUpGoal } from './followup-2015';

const kvalitet = followUpGoal('Fokus på kvalitet/effekt af vores indsats', 3);
const loen = followUpGoal('Ny lokalforankret lønadministration i Albertslund Kommune', undefined);

/** Items the note reports done, by index, each with the note's own words (followUpReading.ts). */
const SHOWN: Readonly<Record<string, Record<number, string>>> = {
  'al-2015-effekt-netvaerk': { 0: 'Der blev udarbejdet et værdiskabelsesværktøj som netværkslederne har anvendt' }
};

const written: SeedGoal[] = [
  {
    ...kvalitet,
    key: 'al-2015-budgetproces',
    title: 'Vi vil tilrettelægge en budgetproces der implementerer ny økonomisk politik.',
    evidence: evidence(
      'Budgetkatalog på fremlagt til budgetforhandlingerne i 2015',
      'Effektiviseringsstrategi politisk vedtaget i KB',
      'Udvikling af resultatmål i bevillingsbemærkningerne i budgettet og i den efterfølgende opfølgning på regnskabsbemærkningerne i regnskabet',
      'Belysning af 1-2 områder, der er karakteriseret af større udfordringer, på budgetseminarer for at sikre fokus på kommende udfordringer og handlemuligheder'
    ),
    outcomeNote: 'Målet er opnået og det videreudvikles i 2016/17'
  },
  {
    ...kvalitet,
    key: 'al-2015-effektjaegere',
    title: 'At udvikle lederenes rolle som effektjægere',
    evidence: evidence(
      'Der er etableret et læringsnetværk der skal finde svar på hvordan vi bliver dygtige effektjægere i AK',
      "Bevægelsen fra fokus på input/proces til effekt skal afspejle sig ved at mere end 50% af alle mål i AK's virksomhedsplaner i 2016 er SMARTe"
    ),
    outcomeNote:
      'Målet er ikke nået i 2015, og det indgår i stedet, som et delmål i 2016/17 under målet om at understøtte et systematisk fokus på at få mest muligt ud af ressourcerne – og måle på værdi/outcome.'
  },
  {
    ...kvalitet,
    key: 'al-2015-it-indkoeb',
    title: 'Vi vil standardisere og effektivisere it-indkøb og brug',
    evidence: evidence(
      'Spare 10% på det decentrale it-forbrug',
      'Sikre at vi kun har relevante licenser',
      'Etablere it- leasings model på basis af positiv business case',
      'Gevinstrealisere på it-indkøbsaftaler'
    ),
    // No verdict stated.
    outcomeNote: [
      'Indkøbssystemet Rakat er implementeret og taget i brug i hele kommunen. Analysesystemet er ligeledes implementeret og taget i brug. Som led i implementeringen har der været gennemført undervisning i indkøb og indkøbssystem af knap 100 indkøbere og ledere i AK. Der arbejdes pt på at optimere brugen af begge systemer samt lægge strategien for ledelsesinformation, opfølgning og prioritere de vigtigste indsatsområde m.v.',
      'Der er igangsat et arbejde med at identificere hvilke IT-produkter, det vil være relevant at oprette i indkøbssystemet, så der kan E-handles direkte hos leverandøren via indkøbssystemet. Ligeledes ses på muligheden for gennem indkøbssystemet at bestille produkter, der skal konfigureres hos IT. Det er hensigten med begge processer at opnå tidsbesparelse ifm. med bestilling og indkøb af IT.',
      'Vi har i 2015 tilsluttet kommunen til en ny SKI-aftale på licensområdet, med henblik på bl.a. 365 office. Aftalen træder ikraft marts 2016. Arbejdet med at vurdere hvilke licenser vi har og hvilke vi har brug for fremadrettet pågår.',
      'Modellen for leasing er udviklet og introduceres til chefforum medio februar 2016'
    ].join('\n')
  },
  {
    ...kvalitet,
    key: 'al-2015-effekt-netvaerk',
    title: 'Vi vil i samarbejde med netværksstrukturen udvikle en metode til at måle effekten af det netværksbaserede arbejde',
    evidence: evidence(
      'Der er udarbejdet en metode, der anviser forskellige greb og processer, der kan understøtte netværksarbejdet med at måle hvorvidt det lykkedes at skabe den ønskede bevægelse for borgeren, medarbejdertrivsel og ressourceforbruget'
    ),
    outcomeNote:
      'Målet er delvist opfyldt. Der blev udarbejdet et værdiskabelsesværktøj som netværkslederne har anvendt i deres netværk. Værdiskabelsen af hele netværksstrukturen er ikke undersøgt. Målet indgår i 2016/17.'
  },
  {
    ...kvalitet,
    key: 'al-2015-politiske-dagsordner',
    title: 'Vi vil skabe bedre politiske dagsordner',
    evidence: evidence(
      'Revidering af dagsordensskabelon vedtaget i CF',
      'Evaluering af udviklingen af de politiske sager fra start 2015 til slutningen af 2015. Målet er nået, såfremt politikerne vurderer, at dagsordenspunkterne generelt giver et godt beslutningsgrundlag'
    ),
    // No verdict stated.
    outcomeNote: 'Der er udarbejdet en ny skabelon som afprøves i 2016'
  },
  {
    ...kvalitet,
    key: 'al-2015-rehabilitering',
    title:
      'Vi vil udarbejde model, der kan dokumentere og måle effekt af rehabiliteringsindsats i Sundhed, Pleje og Omsorg. (Målet er tæt forbundet til målet om afdækning af behov for digital understøttelse)',
    evidence: evidence('Model udarbejdet og implementeret i samarbejde med Sundhed, Pleje og Omsorg'),
    outcomeNote: 'Målet er ikke nået, og der arbejdes videre med det i 2016/17'
  },
  {
    ...kvalitet,
    key: 'al-2015-ledelsesinformation',
    title:
      'Tydeliggøre kommunens nuværende ledelsesinformation, hvor lederne nemt og brugervenligt kan få basis informationer om sygefravær, løn og forventet regnskab mv.',
    goalStatement: [
      'Vi vil:',
      '1. Tydeliggøre kommunens nuværende ledelsesinformation, hvor lederne nemt og brugervenligt kan få basis informationer om sygefravær, løn og forventet regnskab mv.',
      '2. Udvikle ledelsesinformationen, så denne understøtter den faglige udvikling ved at vise sammenhæng mellem input/ressourcer og effekt/resultat',
      'Målet er tæt koblet til målet om strategi for økonomistyring.'
    ].join('\n'),
    evidence: evidence(
      'Brugen af FLIS (kommunernes Fælleskommunale Ledelsesinformation) er udbredt og implementeret på skoleområdet, ældreområdet og det specialiserede socialområde.',
      'Ledelsesinformationen er i perioden 2015-2017 udviklet til at have fokus på resultater og effekt af den økonomiske tildeling. Dette vil bl.a. fremgå af økonomirapporteringerne til ØU og direktørforum, f.eks. på de særlige fokusområder: Beskæftigelse, det specialiserede socialområde og ældreområdet.',
      'Der er skabt en klarere sammenhæng mellem aktivitet/effekt og økonomi, som beskrevet i områdebeskrivelser i hhv. budgetbøgerne inden året begynder og i regnskabet, når året er slut.'
    ),
    outcomeNote: [
      'Arbejdet med målet pågår og videreføres til 2016/17. Vi har konstateret at implementering af FLIS er en større opgave end ventet da målet blev formuleret.',
      'Forskellige muligheder for IT-understøttelse af ledelsesinformation er afsøgt og der er et ideoplæg på vej om et pilotprojekt med ledelsesinformation på sygefravær baseret på FLIS data i FLIS præsentationslaget.'
    ].join('\n')
  },
  {
    ...loen,
    key: 'al-2015-servicemaal-loen',
    title: 'Overholde følgende servicemål:',
    goalStatement: [
      'Overholde følgende servicemål:',
      '- Ansættelser: 5 hverdage fra henvendelse til oprettelse i lønsystem og afsendt ansættelsesbrev',
      '- Mails: Besvares senest to hverdag efter modtagelse',
      '- Telefoner ; 95% af alle indgående opkald i telefontiden løftes.'
    ].join('\n'),
    evidence: evidence(
      'Ansættelse. Manuel sammenligning og statistik.',
      'Mails: svarmail gemmes i en mappe for sig. Det optælles manuelt',
      'Telefoner: Kan måles elektronisk via TRIO?'
    ),
    outcomeNote: 'Mål opnået'
  },
  {
    ...loen,
    key: 'al-2015-vidensudveksling-loen',
    title: 'Understøtte den tværgående videns udveksling mellem lønadministration og centrale og decentrale brugere.',
    evidence: evidence(
      'Etableres 2 fora:',
      'Et med repræsentanter for lønadministrationen og ældreområdet (med vagtplan)',
      'Et med repræsentanter fra de resterende områder (uden vagtplan)',
      'De to fora har til formål at sikre at viden spredes fra lønadministrationen ud til brugerne og omvendt.'
    ),
    outcomeNote: 'Målet er opnået. Der er derudover oprettet et tredje fora for rådhusansatte.'
  },
  {
    ...loen,
    key: 'al-2015-brugertilfredshed-loen',
    title: 'Brugertilfredsheden hæves med et point i snit ud fra en 5 point skala',
    evidence: evidence(
      'Der gennemføres en brugertilfredshedsundersøgelse i november/december 2014, som gentages et år efter. Hvert spørgsmål besvares på en 5 punkts skala. Resultatet af måling nr. 2 skal i gennemsnit være et point højere end den indledende måling.'
    ),
    outcomeNote: 'Målet er opnået. Godt og vel - andelen af meget tilfredse brugere er således steget fra 11% til 68%.'
  },
  {
    ...loen,
    key: 'al-2015-synergi-loen',
    title: 'Effektiv drift via maksimal udnyttelse af synergi mellem Økonomi drift, Lønadministrationen og Personalekonsulenterne',
    evidence: evidence(
      'Gennemgang og procesoptimering af de 5 mest centrale arbejdsgange:',
      'Løn ved sygdom',
      'Kommunens håndtering af løntilskud',
      'Lønrefusion ved barsel',
      'Lønrefusion ved ansættelser på særlige vilkår',
      'Lønrefusion ved ansættelse af elever'
    ),
    outcomeNote: 'Målet er delvist opnået og der arbejdes videre med det i 2016.'
  }
];

/** Outcome and delivered evidence read from each goal's "Opfølgning" text. */
export const followUpKvalitet2015: SeedGoal[] = written.map((g) => readFollowUp(g, SHOWN[g.key]));
