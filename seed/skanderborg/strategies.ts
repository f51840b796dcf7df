// Skanderborg's DUS for 2020 (as quoted in source 000), 2022 (source 003) and 2023 (as quoted in
// source 001). No DUS is seeded for 2019: source 004 does not give one.
import type { SeedStrategy } from '../types';
import { dus2022 } from './dus-2022';

const dus2020: SeedStrategy = {
  key: 'sk-dus-2020',
  source: 'skanderborg2020',
  year: 2020,
  title: 'Direktionens DUS for 2020',
  vision: 'Mennesker møder mennesker',
  intro: 'Byrådets vision ”Mennesker møder mennesker” er også direktionens tværgående tema for deres 3 udviklingsspor:',
  deadlines: [],
  // The agreement quotes no minimum content for DUS 2020, so none is enforced for that year.
  goalTemplate: 'questions',
  minimumGoalContent: [],
  tracks: [
    { kind: 'track', number: 1, title: 'Vores relationer til folkestyret' },
    { kind: 'track', number: 2, title: 'Vores relationer til borgerne' },
    { kind: 'track', number: 3, title: 'Vores relationer til hinanden' },
    // "3 spor og 4 tværgående temaer": the vision is the first theme, three more follow
    // ("De tværgående temaer er desuden"). Themes are not numbered in the document.
    { kind: 'theme', title: 'Mennesker møder mennesker' },
    { kind: 'theme', title: 'Forbedringskultur og opfølgning på virkninger – sammen med borgeren' },
    { kind: 'theme', title: 'Det Fælles Vi – tværgående arbejdsfællesskaber og bæredygtig arbejdskultur' },
    { kind: 'theme', title: 'Digitalt lederskab og digitalisering med fokus på mødet mellem mennesker' }
  ],
  requirements: []
};

const dus2023: SeedStrategy = {
  key: 'sk-dus-2023',
  source: 'skanderborg2023',
  year: 2023,
  title: 'DUS (Direktionens udviklingsstrategi) for 2023',
  intro:
    'Mange forskellige forandringer og tiltag kan bidrage til at løse de udfordringer, som vi og resten af det offentlige Danmark står overfor. Løsningerne findes både på nationalt og sektorspecifikt niveau såvel som på organisatorisk og lokalt niveau. Derfor har vi på alle ledelsesniveauer en opgave med løbende at prioritere og koordinere vores indsatser. Kontrakter- og aftaler er et værktøj til at sikre den koordinering.',
  deadlines: [],
  // Every 2023 goal states purpose, activities, follow-up and "Forventede virkninger for borgeren".
  goalTemplate: 'sections',
  minimumGoalContent: ['purpose', 'activities', 'followUpMethod', 'citizenImpact'],
  tracks: [
    { kind: 'track', number: 1, title: 'Den røde tråd fra politik til virkning for borgeren' },
    { kind: 'track', number: 2, title: 'God ledelse og en bæredygtig organisation' }
  ],
  // "Følgende skal fremgå af kontrakter og aftaler for 2023".
  requirements: [
    {
      number: 1,
      appliesTo: 'agreement',
      title:
        'Forslag til noget vi skal holde op med at gøre i Skanderborg Kommune, fordi det ikke giver mening eller ikke har nogen direkte eller indirekte virkning for borgeren.'
    },
    {
      number: 2,
      appliesTo: 'agreement',
      title: 'Fokusområder i ledelsesudviklingen for det kommende år med afsæt i vores fælles ledelsesgrundlag.'
    },
    { number: 3, appliesTo: 'agreement', title: 'Lokale mål for fastholdelse af et lavt sygefravær' },
    {
      number: 4,
      appliesTo: 'agreement',
      title: 'En beskrivelse af, hvordan I vil eksperimentere med og udvikle fleksible arbejdsformer.'
    },
    { number: 5, appliesTo: 'agreement', title: 'En beskrivelse af indsatsen vedrørende God modtagelse af nye kollegaer.' },
    { number: 6, appliesTo: 'agreement', title: 'En beskrivelse af fokusområder, hvor jeres opgaveløsning kan udvikles.' }
  ]
};

export const skanderborgStrategies: SeedStrategy[] = [dus2020, dus2022, dus2023];
