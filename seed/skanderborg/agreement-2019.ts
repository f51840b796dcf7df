// Udviklingsaftale 2019 for Byråds- og Direktionssekretariatet (source 004), verbatim.
// The document names no DUS for 2019 (no strategy is seeded for that year), gives no process
// table and marks no tracks per goal; goal 2 groups its activities under the three relations
// ("Vores relationer til folkestyret" ...) as headings inside the text.
import type { SeedAgreement, SeedGoal } from '../types';
import { SKANDERBORG_STAGE } from '../stages';
import { goal2019Udvikling } from './goal-2019-udvikling';

export const AGREEMENT_2019_KEY = 'sk-aftale-2019-byraads-og-direktionssekretariatet';

export const agreement2019: SeedAgreement = {
  key: AGREEMENT_2019_KEY,
  departmentKey: 'sk-byraads-og-direktionssekretariatet',
  source: 'skanderborg2019',
  year: 2019,
  title: 'Udviklingsaftale 2019 for Byråds- og Direktionssekretariatet',
  intro: [
    'Byrådets nye vision; Mennesker møder mennesker afspejler en stærk tiltro til fællesskabet og den styrke det giver, når fællesskaber bringes i spil i forhold til at virkeliggøre Byrådets politikker, at nå udviklingsmål og at løse de konkrete udfordringer, hvor den enkeltes ressourcer ikke slår til.',
    'Visionen står på, at Byrådets politikker generelt er baseret på den forudsætning, at Skanderborg Kommune skal understøtte den enkelte – nyfødte, børn, elever, unge, familier, ledige, syge, handicappede, misbrugere, indvandrere og ældre – på en sådan måde, at man får mulighed for at bringe sine egne ressourcer i spil og derved for – i videst muligt omfang – at mestre eget liv.',
    'Udviklingsmålene for Byråds- og Direktionssekretariatet for 2019 er alle prægede af ambitionen om, at den enkelte medarbejder i afdelingen, den konkrete opgaveløsning, det konkrete udviklingsarbejde og samarbejdet med vores kolleger i andre afdelinger præges af Byrådets nye vision. Det overordnede mål er, at vi på den vis både styrker arbejdskulturen i en bæredygtig retning og skaber en udvikling, som er baseret på en interesse for og en viden om, hvordan vi bedst får virkeliggjort en kommune, hvor ”Mennesker møder mennesker”.'
  ].join('\n'),
  coreTask: [
    'Alle ansatte arbejder med sigte på at styrke det enkelte menneskes muligheder for at bringe sine egne ressourcer i spil og efter at bringe mennesker ind i fællesskaber.',
    'Denne kerneopgave er gældende, uanset hvor og med hvilke kompetencer man som ansat er ”hyret ind i fællesskabet” – og dermed også i en central stabsfunktion, hvor den enkelte medarbejder som oftest arbejder med at understøtte de mange direkte møder, der hver dag er mellem ansatte og borgere i Skanderborg Kommune.'
  ].join('\n'),
  policies: [],
  milestones: [],
  // Unsure: the document does not say whether or when it was approved. It is the final text of
  // the year's agreement (not marked as a draft), read here as the agreement in force.
  stage: SKANDERBORG_STAGE.approved
};

const common = {
  agreementKey: AGREEMENT_2019_KEY,
  trackRefs: [],
  policies: [],
  requirementRefs: [],
  evidence: [],
  sharedWithDepartmentKeys: [],
  stage: SKANDERBORG_STAGE.approved
};

export const goals2019: SeedGoal[] = [
  {
    ...common,
    key: 'sk-2019-visionen-i-centrum',
    number: 1,
    title: 'Visionen i Centrum',
    purpose:
      'Med afsæt i Byrådets nye vision; Mennesker møder mennesker tilrettelægges en proces, hvor visionen formidles i afdelingen, og hvor afdelingens betydning for virkeliggørelse af visionen gøres konkret for de enkelte opgaveområder og dermed for den enkelte ansatte. Målet er en styrkelse af arbejdskulturens bæredygtighed – på den måde at forstå, at der bliver givet en gennemgående og fælles målestok for såvel afdelingens som for den enkeltes vurdering af, om vi anvender ressourcerne rigtigt, om vi skaber resultater og om vi bidrager til opfyldelse af Byrådets visioner og strategier.',
    activities: [
      'Visionen bringes i centrum ved,',
      '- at ledelsen i afdelingen tilegner sig kernefortællingen om visionen Mennesker møder mennesker, samt ved, at ledelsen løbende videreformidler visionen, står fast på, at den er vigtig og omsætter den til handlinger i dagligdagens virkelighed.',
      '- at ledelsen – og medarbejdere - refererer til visionen, når',
      '  - afdelingen skal prioritere sin ressourceanvendelse på opgaveområderne',
      '  - afdelingen skal prioritere og tilrettelægge udviklingstiltag',
      '  - afdelingen skal reagere eller på anden vis forholde sig til ”skub udefra” – f.eks. effektiviseringskrav, besparelser o.lign.',
      '- at arbejdskulturen i højere grad funderes på visionen og den fælles kerneopgave.',
      'Der gennemføres en proces, hvor alle ansatte i afdelingen involveres i en konkret afdækning af ”den røde tråd” mellem visionen/den fælles kerneopgave og de enkelte opgaver i afdelingen. Fokus i processen er på at identificere den virkning, som den enkeltes opgaveløsning i afdelingen har for borgernes og virksomheders møde med enten os eller med vores kolleger i Skanderborg Kommune.',
      'Målet er, at alle ansatte har en klar forståelse af, at de hver især bidrager til virkeliggørelse af Byrådets vision. Det giver arbejdsglæde og tryghed i den daglige prioritering af egen opgaveløsning – og aktiviteten vil dermed styrke arbejdskulturens bæredygtighed.'
    ].join('\n'),
    followUpMethod:
      'Spørgsmålet om forståelse af visionen dagsordenssættes løbende på personalemøder og ved medarbejderudviklingssamtaler. Her og ved kommende 311-målinger skal resultatet være, at alle ansatte tilkendegiver, at de oplever en ledelse, der tydeligt formidler visionen og dens direkte betydning for og sammenhæng med den daglige prioritering og opgaveløsning i afdelingen.'
  },
  { ...common, ...goal2019Udvikling },
  {
    ...common,
    key: 'sk-2019-udvikling-med-afsaet-i-virkningen',
    number: 3,
    title: 'Udvikling med afsæt i virkningen',
    purpose: [
      'Når udviklingen fokuseres på spørgsmålet om virkning i forhold til kerneopgaven, rejser det især to spørgsmål:',
      '- Hvad er virkningen af vores opgaveløsning – set i relation til sigtet efter at løse kerneopgaven?',
      '- Er ressourcerne prioriteret rigtigt i udviklingsarbejdet, eller kunne vi øge virkningen ved at vælge andre udviklingstiltag?'
    ].join('\n'),
    activities: [
      'På den baggrund er der i 2019 særligt fokus på at udvikle metoder til vurdering af virkningen af indsatser og forandringer på følgende områder:',
      '- Udviklingen af nye politiske arbejdsformer',
      'Byrådet prioriterer udviklingen af nye politiske arbejdsformer højt, og der anvendes mange ressourcer på at understøtte og at implementere denne udvikling.',
      'Byråds- og Direktionssekretariatet vil i 2019 tage initiativ til udvikling af metoder, som kan afdække virkningen i forhold til politikernes som borgernes oplevelse af, at organiseringen af det politiske arbejde bidrager til, at alle borgere og virksomheder i Skanderborg Kommune deltager og bakker op om det lokale demokratiske fællesskab og om Byrådets arbejde.',
      'Initiativet forventes at blive en del af arbejdet i det kommende opgaveudvalg vedrørende ”Demokrati og Borgerinddragelse”.',
      '- ”Skriv Bedre” breve',
      'Når vi skriver til borgere og virksomheder, er det afgørende for deres oplevelse af en menneskelig relation til Skanderborg Kommune, at brevet er let at forstå. På den baggrund er der siden efteråret 2017 arbejdet med projekt ”Skriv Bedre Breve”.',
      'Byråds- og Direktionssekretariatet vil i 2019 tage initiativ til udvikling af metoder, der kan belyse virkningen af denne indsats. Metodeudviklingen tager afsæt i:',
      '  - Borgerpaneler til udvikling og sparring af breve fra Beskæftigelse og Sundhed samt fra staben for Kultur, Borger og Plan',
      '  - Udvikling af ledelsesinformation vedrørende udviklingen i antallet af klagesager',
      '- Skanderborg Kommunes annoncering.',
      'Byrådet har i forbindelse med budget 2019 vedtaget, at der skal gennemføres en analyse af virkningen af de forskellige centrale kommunale kommunikationskanaler.',
      'Byråds- og Direktionssekretariatet vil i 2019 igangsætte en evaluering af virkningen af den kommunale annoncering i både trykte og digitale medier.',
      '- Understøttelse af arbejdet med fælles ”virkningslaboratorier”.',
      'Byråds- og Direktionssekretariatet står for afvikling af fælles forbedringsforløb omkring synliggørelse og opfølgning på virkninger.'
    ].join('\n'),
    followUpMethod:
      'Metodeudviklingen ligger til grund for en efterfølgende iværksættelse af løbende vurderinger af den virkning, som opgaveløsningen i Byråds- og Direktionssekretariatet har for borgere og virksomheder i Skanderborg Kommune.'
  }
];
