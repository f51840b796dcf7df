// Goals 1-7 of Udviklingsaftale 2023, Staben Økonomi, Digitalisering og Indkøb (source 001).
// Goals 1-6 answer the six requirements of DUS 2023 in order ("Der er udarbejdet et
// udviklingsmål for hvert af punkterne"); goal 7 is the shared goal with Byrådssekretariatet and
// HR. The document marks no tracks per goal, so trackRefs stay empty.
import type { SeedGoal } from '../types';
import { SKANDERBORG_STAGE } from '../stages';
import { AGREEMENT_2023_KEY } from './agreement-2023';

const common = {
  agreementKey: AGREEMENT_2023_KEY,
  trackRefs: [],
  policies: [],
  evidence: [],
  sharedWithDepartmentKeys: [],
  stage: SKANDERBORG_STAGE.approved
};

export const goals2023: SeedGoal[] = [
  {
    ...common,
    key: 'sk-2023-mal-1',
    number: 1,
    title: 'Forslag til noget vi skal holde op med at gøre',
    requirementRefs: [1],
    purpose: [
      'Vi er fælles om ledelsesopgaven, og det indebærer bl.a. en udfordringsret og udfordringspligt. Det vi gør skal virke og give mening, og vi skal fokusere vores indsats på det, der har direkte eller indirekte virkning for vores borgere (DUS 2023). På den baggrund skal vi komme med forslag til noget, vi skal holde op med at gøre.',
      'Det skal vi holde op med at gøre:',
      '- Det er vores opfattelse, at indsatsen og fokus på sygefravær er rigtig. Det er dog også vores opfattelse, at indsatsen bør målrettes de områder, der har et højt sygefravær – og dermed samtidig nedtoning af indsatsen på de områder, hvor sygefraværet er lavt. Herved sikres det, at de ”rigtige” områder af organisationen er i fokus samtidig med, at HR kan anvende deres ressourcer mere målrettet. Vi kan mindske bureaukratiet på de områder, som ikke er påvirket af et stort sygefravær.'
    ].join('\n'),
    goalStatement:
      'Mere generelt har vi som mål i 2023, at ”udfordringspligten” indarbejdes systematisk i vores egen praksis/egne opgaver på samme måde, som evaluering, læring og forbedring allerede er det i forhold til mange af de processer, vi pålægger organisationen. Den systematiske tilgang skal sikre, at det ikke blot sker som tilfældige punktnedslag. Derudover skal ”udfordringspligten” også bringes i spil på andres områder.',
    citizenImpact: 'Bedre systematik og arbejdsgange medfører reduceret ressourceanvendelse, som kan udnyttes andre steder til løsning af kerneopgaven.',
    activities: [
      '- Vi vil i 2023 gennemgå vores praksis for evaluering, læring og forbedring, samt indarbejde udfordringspligten, for at se om der er ting vi ikke skal gøre fremadrettet. Vi bygger bl.a. videre på erfaringerne fra vores udviklingsmål for 2022 omkring udvikling af standard for løbende evaluering af demografi- og tildelingsmodeller.',
      '- Derudover vil vi i de enkelte afdelinger drøfte, hvordan man bringer ”udfordringspligten” i spil på andre områder på ”den gode måde”.'
    ].join('\n'),
    followUpMethod: 'Ved opfølgningen på aftalen for 2023 gives en status på resultatet af gennemgangen.'
  },
  {
    ...common,
    key: 'sk-2023-mal-2',
    number: 2,
    title: 'Fokusområder i ledelsesudviklingen',
    requirementRefs: [2],
    purpose: [
      'I 2023 skal der fortsat være fokus på at udvikle ledelse i tråd med ledelsesgrundlaget og arbejde med at skabe en bæredygtig organisation - også på længere sigt (DUS 2023).',
      'I 2022 har der været fokus på ledelsesspændet, hvilket har resulteret i sammenlægning af to afdelinger. Den opgave er hermed løst.',
      'Endvidere har de enkelte afdelingsledere i 2022 gennemgået og beskrevet status på balancer i ledelse for deres afdelinger (hvor er vi på balancebrættet, og hvor ønsker vi fremadrettet at være?). Den opgave videreføres i 2023 i de enkelte afdelinger.',
      'Ledergruppen har ”oversat” Kurs, Koordinering og Commitment i relation til stabens kerneopgaver, så vi har et fælles billede af, hvad det betyder. Det formidles på personalemøder i 2023.'
    ].join('\n'),
    // The 2022 agreement is not among the seeds.
    continuesFromNote:
      'Endvidere har de enkelte afdelingsledere i 2022 gennemgået og beskrevet status på balancer i ledelse for deres afdelinger (hvor er vi på balancebrættet, og hvor ønsker vi fremadrettet at være?). Den opgave videreføres i 2023 i de enkelte afdelinger.',
    goalStatement:
      'Der udarbejdes et personligt ledelsesgrundlag for alle ledere. Efterfølgende fastsættes i 2023 udviklingsmål individuelt og fælles for ledergruppen.',
    citizenImpact:
      'God ledelse er med til at få eksekveret Byrådets beslutninger på en effektiv måde med fokus på høj kvalitet. God ledelse vil også være med til at sikre det bæredygtige arbejdsmiljø og navigere mellem balancerne i ledelse.',
    activities: [
      '- Publicering og kommunikation af den enkeltes ledelsesgrundlag til medarbejderne, hvilket primært sker via personalemøder i de enkelte afdelinger.',
      '- Begrebet ”commitment” foldes ud i en ledelseskontekst og vurdering af, hvordan ”commitment” påvirkes af jobtilfredshed. Det afvikles som et ledelsesseminar i stabens ledergruppe, evt. med input fra en ekstern oplægsholder.',
      '- Ledergruppen deltager i et kursus i personlig lean, der udbydes af Digitalisering og Forretningsudvikling (”Bæredygtighed for travle ledere”).'
    ].join('\n'),
    followUpMethod: 'Ved opfølgningen på aftalen for 2023 gives en status for arbejdet med ledelsesgrundlaget.'
  },
  {
    ...common,
    key: 'sk-2023-mal-3',
    number: 3,
    title: 'Sygefravær i staben',
    requirementRefs: [3],
    purpose: [
      'Sygefravær indebærer, at der er opgaver, som enten ikke bliver løst, eller der skal ansættes midlertidig hjælp og/eller hyres eksterne konsulenter for at få løst opgaven. Det vil alt andet lige betyde en forøgelse af udgifterne.',
      'Omvendt er der i staben fokus på, at er man syg, så bliver man hjemme og møder ikke ind på arbejdspladsen.'
    ].join('\n'),
    goalStatement: 'Det er målet, at der max. må være et sygefravær på 2,8 pct., svarende til niveauet for staben i 2021.',
    // "max. ... 2,8 pct., svarende til niveauet for staben i 2021": the 2021 level is the baseline.
    target: {
      value: 2.8,
      unit: '%',
      direction: 'atMost',
      baseline: 2.8,
      baselineYear: 2021,
      note: 'Det er målet, at der max. må være et sygefravær på 2,8 pct., svarende til niveauet for staben i 2021.'
    },
    citizenImpact:
      'Et lavere sygefravær vil medføre større produktivitet og hermed mulighed for at gennemføre stabens kerneopgave og de forandringer, staben er involveret i.',
    activities: [
      '- Der skal være fokus på det bæredygtige arbejdsmiljø, således at sygefravær kan undgås (særligt langtidsfravær). Det er aftalt i LMU, at der i 2023 laves et forsøg/pilotprojekt med en trivselsmåling "light". Herefter evalueres, i hvilket omfang/kadence, det giver mening at lave disse trivselsmålinger fremadrettet.',
      '- Der tilbydes influenzavaccine til de ansatte, således at korttidssygefravær kan reduceres.'
    ].join('\n'),
    followUpMethod: 'Der følges løbende op på sygefraværet i LMU.'
  },
  {
    ...common,
    key: 'sk-2023-mal-4',
    number: 4,
    title: 'Flexible arbejdsformer',
    requirementRefs: [4],
    purpose: [
      'I organisationen ses udfordringer med at fastholde og rekruttere medarbejdere og ledere. Flexible arbejdsformer kan være et middel til at løse denne udfordring (DUS 2023).',
      'I staben er næsten alle på fuld tid, men der har løbende været ønsker fra medarbejdere om at gå ned i tid - enten i en periode eller permanent. De ønsker har vi næsten altid imødekommet.',
      'I dag er der mulighed for at kombinere den fysiske tilstedeværelse på Fælleden med hjemmearbejdsdage, hvis opgaven tilsiger ro og fordybelse. Den fleksibilitet giver rigtig god mening. Ledelsesmæssigt er det dog samtidig et ønske, at man i vides muligt omfang arbejder fysisk på Fælleden. Dette af hensyn til kulturen og det store koordineringsbehov, der er ved mange af vores opgaver.',
      'Ved hvert stillingsopslag vurderes timetallet. Endvidere vurderes, hvilke krav og ønsker ansøger har til stillingen, og i hvilket omfang dette kan imødegås i forhold til rekruttering af den rigtige/mest kvalificerede.'
    ].join('\n'),
    goalStatement:
      'Med udgangspunkt i at vi skal kunne løse vores kerneopgaver, ønsker vi samtidig i 2023 at sætte fokus på, om det er muligt med en mere dynamisk tilgang til arbejdsformer (hjemmearbejde, ændret arbejdstid mv.).',
    citizenImpact:
      'Hvis vi kan besætte ledige stillinger og fastholde et lavt sygefravær, vil vi i langt højere grad kunne opfylde vores kerneopgave og skabe udvikling og sikker drift.',
    activities: [
      '- Ledergruppen vil i forbindelse med MOSU (de årlige udviklingssamtaler) have fokus på, i hvilket omfang, fleksible arbejdsformer påvirker trivslen.',
      '- Ledergruppen vil i fællesskab evaluere på den tilsvarende påvirkning af ledelsesopgaven (ex. ledelse på distance).'
    ].join('\n'),
    followUpMethod:
      'På baggrund af aktiviteterne ovenfor, sker en evaluering set fra både et ledelses- og medarbejderperspektiv: har vi den ønskede fleksibilitet, eller bør den sættes ned/øges?'
  },
  {
    ...common,
    key: 'sk-2023-mal-5',
    number: 5,
    title: 'God modtagelse af nye kollegaer',
    requirementRefs: [5],
    purpose:
      'I 2023 skal alle nye kollegaer tilbydes et digitalt modtagelsesforløb i Signatur. Forløbene skal være tilpasset lokalt, så nye medarbejdere oplever at få en relevant og veltilrettelagt modtagelse (DUS 2023).',
    goalStatement:
      'I 2022 har alle nyansatte haft et digitalt modtagelsesforløb. I 2023 er det fortsat målet, at alle får et digitalt modtagelsesforløb, indeholdende alt relevant materiale/information.',
    // The 2022 agreement is not among the seeds.
    continuesFromNote:
      'I 2022 har alle nyansatte haft et digitalt modtagelsesforløb. I 2023 er det fortsat målet, at alle får et digitalt modtagelsesforløb, indeholdende alt relevant materiale/information.',
    citizenImpact:
      'God modtagelse af nye kollegaer er med til at fastholde dem i ansættelsen og dermed kontinuitet i løsning af arbejdsopgaverne. Derved medvirker vi i højere grad til eksekvering af Byrådets beslutninger.',
    activities: [
      '- Skabelonen bag det digitale modtagelsesforløb opdateres primo 2023 med alt relevant materiale, som en nyansat skal/bør vide.',
      '- Der evalueres løbende på, om det har været en god modtagelsesproces ved alle nyansættelser.'
    ].join('\n'),
    followUpMethod:
      'Der følges op på, om alle har fået den digitale modtagelse. Dertil laves en samlet evaluering af nyansættelserne med henblik på, om der efterfølgende skal ske optimering af modtagelsesprocessen generelt, herunder den digitale del.'
  },
  {
    ...common,
    key: 'sk-2023-mal-6',
    number: 6,
    title: 'Udvikling i opgaveløsningen',
    requirementRefs: [6],
    purpose: [
      'Fastholdelses- og rekrutteringsudfordringen nødvendiggør sammen med stramme økonomiske rammer, at Skanderborg Kommune udvikler måden, vi løser vores opgaver på. Det kan eksempelvis ske ved hjælp af investeringer i velfærdsteknologi og digitalisering eller ved at overveje organisering og styringsmodeller (DUS 2023).',
      'Det er stabens kerneopgave at understøtte hele organisationen og dens kerneopgaver. Det gøres ud fra to overordnede principper:',
      '- At opretholde sikker drift',
      '- At skabe udvikling',
      'Derfor skal vi også medvirke til at understøtte organisationens måde at løse kerneopgaverne på. Det gælder særligt ved implementering af velfærdsteknologi og digitale løsninger, hvor vi også samtidig sikrer, at det sker på et kvalificeret grundlag.'
    ].join('\n'),
    goalStatement:
      'Fastlægge en metode for udarbejdelsen af ”den gode businesscase”, som skal udgøre et solidt beslutningsgrundlag for investeringer i velfærdsteknologi, digitalisering, ændret organisering m.v.',
    citizenImpact:
      'Et bedre grundlag for beslutninger, der samtidig kræver større investeringer, medvirker til en bedre eksekvering af Byrådets beslutninger, herunder optimal udnyttelse af kommunens budget.',
    activities:
      '- Vi laver et forslag til en metode for udarbejdelsen af ”den gode businesscase”, som behandles og beslutes i Koncernledelsen, hvorefter metoden implementeres med henblik på systematisk anvendelse i organisationen.',
    followUpMethod:
      'Vi følger op på, om ”den gode businesscase” er anvendt i praksis. Endvidere evalueres, hvorvidt den har haft den ønskede effekt i form af mere kvalificeret grundlag for beslutninger.'
  },
  {
    ...common,
    key: 'sk-2023-mal-7',
    number: 7,
    heading: 'Fællesmål med Byrådssekretariatet og HR',
    title: 'Dataunderstøttelse af "Fastholdelse og rekruttering"',
    requirementRefs: [],
    sharedWithDepartmentKeys: ['sk-byraadssekretariatet', 'sk-hr'],
    // The source has a Cyrillic "ест" inside "hjørnestenen" (a conversion artefact); it is kept,
    // since the seed quotes the document as it is.
    purpose:
      'Det fremgår af den politiske budgetaftale for Budget 2023-2026, at "Forligskredsen er enige om, at hjørnестenen i vores velfærd er engagerede og kompetente medarbejdere. Dem er der lige nu stor kamp om. Det igangsatte arbejde vedrørende fastholdelse og rekruttering skal derfor fortsat prioriteres.". Det fremgår endvidere af DUS for 2023, at "Et stærkt fokus på fastholdelse og rekruttering er nødvendigt i arbejdet med at sikre en bæredygtig organisation, der også på sigt kan løse opgaven i mødet med borgerne."',
    goalStatement: 'Udvikle og kvalificere datagrundlaget for arbejdet med fastholdelse og rekruttering.',
    citizenImpact:
      'Bedre beslutningsgrundlag for arbejdet med "fastholdelse og rekruttering" øger muligheden for, at vi også i fremtiden har det tilstrækkelige antal medarbejdere. Det er nødvendigt for at vi kan levere den bedst mulige velfærd til borgerne.',
    horizon: 'multiYear',
    activities: [
      'Udvikling og kvalificering af data i TARGIT, herunder:',
      '- Data vedrørende sygefravær med henblik på at understøtte indsatsen med at nedbringe sygefraværet.',
      '- Data vedrørende god modtagelse med henblik på at understøtte implementering af digitalt modtagelsesforløb.',
      '- Data vedrørende arbejdstidsandel med henblik på at understøtte øget arbejdstidsandel.',
      '- Udvikling og kvalificering af øvrige relevante data.',
      'Ovenstående data indarbejdes i koncernledelsens ledelsesinformation, dialograpporter m.v.'
    ].join('\n'),
    followUpMethod: 'Der følges løbende op på udviklingsmålet, herunder opfølgning på implementeringen af aktiviteter og anvendelse af data.'
  }
];
