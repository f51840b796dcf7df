// The two climate goals of Udviklingsaftale 2023 ("Mål vedr. Klimainsatsen", source 001): the
// shared goals with Klimaafdelingen, written in the climate policy's annex template. The annex
// rows map one-to-one to ClimateAnnex; the document gives them no number, no purpose/activities
// in the goal template, no tracks and no requirement.
import type { SeedGoal } from '../types';
import { SKANDERBORG_STAGE } from '../stages';
import { AGREEMENT_2023_KEY } from './agreement-2023';

const common = {
  agreementKey: AGREEMENT_2023_KEY,
  trackRefs: [],
  requirementRefs: [],
  evidence: [],
  sharedWithDepartmentKeys: ['sk-klimaafdelingen'],
  stage: SKANDERBORG_STAGE.approved
};

export const climateGoals2023: SeedGoal[] = [
  {
    ...common,
    key: 'sk-2023-klima-indkob',
    heading: 'Mål vedr. Klimainsatsen',
    title: 'Indkøb med omtanke – videreførelsen af strategisporet ”Fokus på bæredygtige indkøb”',
    // The annex row "Strategispor i klima-, energi- og ressourcepolitikken" names the policy.
    policies: ['klima-, energi- og ressourcepolitikken'],
    continuesFromNote: 'videreførelsen af strategisporet ”Fokus på bæredygtige indkøb”',
    climate: {
      strategyTrack: 'Skanderborg Kommune går forrest.',
      description: [
        'Indsatser og udviklingsområder i indkøbs- og udbudspolitikken (løbende indsatser fra 2021 -2024):',
        '- Transport med en grøn profil',
        '- Obligatorisk at vælge grønt',
        '- Bæredygtige IT-indkøb',
        '- Fokus på totalomkostninger',
        '- Samarbejde og dialog',
        'Udover de fastsatte tiltag og udviklingsspor i indkøbs- og udbudsstrategien har Indkøb & Udbud iværksat et innovationsprojekt, hvor mulighederne for at etablere en 10-årig aftale på indkøb af additional grøn strøm undersøges. Projektet køres i Skanderborg Kommune regi, men kommunerne i Jysk Fællesindkøb (JYFI) inviteres til at deltage. Afklaringen af om projektet kan realiseres forventes klar ultimo q1 2023.',
        'Ultimo 2022 eller primo 2023 offentliggøres og implementeres et nyt udviklingsprojekt ved navn ”Projekt indkøbsadfærd”. I projektet er der udviklet en indkøbsværktøjskasse, som skal hjælpe de decentrale indkøbere og beslutningstagere med at have fokus på en sund og bæredygtig indkøbsadfærd. I projektet sættes der eksempelvis fokus på mindre forbrug, reparation vs. køb nyt, antal leveringer (mindre transport) m.v. Værktøjsskassen gøres tilgængeligt via intranettet og understøttes af en indkøbsanalyseintegration til ledelsesinformationssystemet (Targit), hvor indkøbsadfærd synliggøres via nye indkøbsrapporter.'
      ].join('\n'),
      deliverable: [
        'Indsatserne skal bidrage til, at:',
        '- CO2 belastningen mindskes',
        '- Udledningen af skadelige stoffer reduceres',
        '- Forbrug og faktisk behov tilpasses',
        '- Andelen af genanvendte produkter øges'
      ].join('\n'),
      subGoals: 'Skanderborg kommune skal være CO2-neutral i 2025.',
      responsible: 'Indkøb & Udbud i samarbejde med de decentrale indkøbsdisponenter.',
      timeline: 'De beskrevne tiltag gennemføres i indkøbs- og udbudspolitikens virkningsperiode fra 2021-2024.',
      funding:
        'Som udgangspunkt kan indsatserne holdes inden for eksisterende rammer. I det tilfælde grønne krav i udbudsbetingelser eller obligatoriske mindstekrav medfører øget omkostninger vil kravene være genstand for en politisk behandling. Som eksempel kan der henvises til processen for implementeringen af obligatoriske miljømærkede produktgrupper.',
      addedValues: [
        'Eksempelvis forbedret sundhed, styrket fællesskab, nye rekreative områder, større biodiversitet, grønne arbejdspladser, branding etc.',
        'Projekterne skal understøtte en grøn omstilling, hvor bæredygtige indkøb er i fokus. CO2 belastningen og miljøbelastningen fra skadelige stoffer skal nedbringes.'
      ].join('\n'),
      distribution: 'Der er ikke identificeret negative konsekvenser.',
      barriers: [
        'Barriererne for gennemførelsen af de bæredygtige indsatser er:',
        '- Viden',
        '  - Opkvalificering af udbudskonsulenter. Ændring af mindstekrav kræver typisk teknisk viden',
        '- Økonomi',
        '  - Tiltag, hvor Skanderborg Kommune går forrest og hvor markedet ikke har tilpasset sig endnu medfører typisk øget omkostninger til indkøb af produkterne.',
        '- Ressourcer',
        '  - Krav til markedsdialogen er kraftigt øget. Innovationsprojekterne, som eksempelvis grøn strøm, beslaglægger mange ressourcer.'
      ].join('\n'),
      // The "Verdensmål" cell marks two goals with their icons ("7 BÆREDYGTIG ENERGI", "13 KLIMA-
      // INDSATS"); the text below them is an example of further effects (goals 3, 12, 6, 15, 14),
      // kept verbatim as the note rather than as marks.
      sdgs: [7, 13],
      sdgNote: [
        'Nedenstående et eksempel på påvirkningen via Skanderborg Kommunes obligatoriske aftaler.',
        "Strengt krav til kemikalier og sundhedsskadelige stoffer i produkter, der er i berøring med mennesker, bidrager til FN's verdensmål om at fremme sundhed og trivsel (mål 3, delmål 3.5, 3a og 3.d) Dette underbygges af strenge krav til produkter til personlig pleje, forbud mod kræftfremkaldende stoffer, mutagene, hormon og allergifremkaldende stoffer.",
        "Ved strenge kemikaliekrav og mindskning af skadelige indholdsstoffer på aftalen reduceres risikoen for negativ indvirkning på miljøet (FN's verdensmål 12: Ansvarligt forbrug og produktion, delmål 12.4)",
        "Ved krav om genanvendelighed og brug af genbrugsmaterialer på aftalen arbejdes der effektivt mod FN's delmål 12.5 (mål 12: ansvarligt forbrug og produktion)",
        "Kriterierne for miljøcertificeringer (Svane- og Blomstermærket) i forhold til papir, tekstiler og bomuld i form af regulering af anvendelsen af sprøjtemidler, uønskede farvestoffer og kemikalier bidrager endvidere til FN's verdensmål 6 om at:",
        '- Sikre rent vand og sanitære forhold (mål 6, delmål 6.2, 6.4, 6.5 og 6.6).',
        '- Passe på livet på land (mål 15, delmål 15.1, 15.2, 15.3, 15.4, 15.5 og 15.a).',
        '- Sikre bæredygtig brug af verdens have (mål 14, delmål 14.1 og 14.3).',
        'Inden for kategorierne under engangsservice indgår et sortiment, der efterlever plastforbud i EU-direktivet. Dette igen for at understøtte verdensmål 14 Livet i havet ved at reducere anvendelsen af plast.',
        'Herudover stilles der krav om, at produkter til personlig pleje skal være fri for mikroplast og for UV-filtrene oxybenzon og octinoxate, som skader koralrevet. Disse krav har endvidere en positiv effekt på verdensmål 15 Livet på land.',
        "Et ambitiøst niveau for bæredygtighed på Skanderborg Kommunes aftaler har positiv indvirkning på leverandørernes politikker og afsætning på ”grønne produkter”, hvorfor aftalerne bidrager til FN's verdensmål 12: Ansvarligt forbrug og produktion (delmål 12.7)."
      ].join('\n'),
      // The source writes the subscript two with spaces around it ("CO ₂ -udledninger").
      co2Effect:
        'Den grønne indkøbspolitik har stor positiv påvirkning ift. at reducere Skanderborg Kommunes forbrugsbaserede CO ₂ -udledninger. Disse udledninger ligger primært i scope 3, og indgår ikke i kommunens klimaregnskab. Indsatsen og effekten vurderes dog at være betydelig.',
      // X in the fourth of the five cells of "1 (lav effekt) – 5 (høj effekt)".
      resourceEffect: 4
    }
  },
  {
    ...common,
    key: 'sk-2023-klima-pc',
    heading: 'Mål vedr. Klimainsatsen',
    title: 'Bæredygtige Pc-anskaffelser',
    policies: ['klima-, energi- og ressourcepolitikken'],
    climate: {
      strategyTrack: 'Skanderborg Kommune går forrest',
      description: [
        "Vi ønsker at reducere Skanderborg Kommunes samlede CO2 aftryk gennem øget anvendelse af reproducerede Pc'er. CO2 reduktionen af sker dels via genanvendelse af kommunens egne Pc'er og klimakompenserende initiativer for de dele på Pc'erne, der udskiftes og koster Co2.",
        "Skanderborg Kommune har ca. 2.300 Pc'er og målsætningen er at 20 pct. heraf skal være reproducerede Pc'er i løbet af de næste 4 år."
      ].join('\n'),
      deliverable: ["500 reproducerede Pc'er i 2026.", 'Det svarer til en CO2 reduktion på 158.000 kg CO2 og 95.000.000 liter mindre forbrug af vand.'].join(
        '\n'
      ),
      // The document's cell reads "Udfyldes af klimateamet" (to be filled in by the climate team).
      subGoals: 'Udfyldes af klimateamet',
      responsible: 'IT/Digitalisering og Forretningsudvikling',
      timeline: "Tiltaget iværksættes fra 2023 med løbende udrulning af reproducerede PC'er frem mod 2026.",
      funding: 'Afholdes indenfor eksisterende ramme.',
      addedValues:
        "Der er ikke bare tale om genbrugs Pc'er, men genproducerede Pc'er. Det betyder at brugerne får oplevelsen af at få en ny PC samtidig med, vi reducerer CO2 udledningen og forbruget af klodens ressourcer.",
      distribution: 'Der er ikke identificeret negative konsekvenser.',
      barriers: 'Ikke relevant.',
      // "12. Ansvarlig produktion og produktion", "13. Klima indsats".
      sdgs: [12, 13]
      // CO2 effect and resource effect are left blank in the document.
    }
  }
];
