// The domain model: one type per SharePoint list of docs/schema.md plus the value types inside them.
// Pure TypeScript: no @microsoft/*, @pnp/* or React imports, so it runs in the browser, in
// Node scripts (seed, emulator) and in tests alike.
//
// Conventions
// - Persisted entities carry `id: number` (the SharePoint item id). A `New<X>` type is the same
//   entity before it is saved (no id); `X extends New<X>` adds the id.
// - Dates are ISO strings: `ISODate` is yyyy-mm-dd, `ISODateTime` is a full ISO 8601 timestamp.
// - Optional fields are absent (not empty strings) when a document is silent about them.
// - Every list item may carry a `clientId` (a GUID created by the client): a create that is
//   retried after a lost response finds the item by ClientId instead of creating a duplicate.

/** yyyy-mm-dd */
export type ISODate = string;
/** ISO 8601 date and time, e.g. 2023-01-15T10:00:00Z */
export type ISODateTime = string;

/** A SharePoint user as the domain knows it. Seeds name users by e-mail (stable across sites);
 * the site's user id is known only after the user has been ensured on that site. */
export interface PersonRef {
  email: string;
  title?: string;
  /** SharePoint user id on the current site, when known. */
  id?: number;
}

import type { GoalTemplateKey } from './goalTemplates';
import type { MaybeDamaged } from './damage';

// ---------------------------------------------------------------- Strategy (DUS) and its parts

/** The goal fields a strategy can make mandatory (minimum content of every goal). */
export type GoalContentField = 'purpose' | 'goalStatement' | 'activities' | 'involved' | 'followUpMethod' | 'citizenImpact' | 'horizon';

/** A dated step the secretariat sets for the year, e.g. "Aftaler afleveres til direktionen". */
export interface StrategyDeadline {
  title: string;
  /** Absent when the document does not give the date. */
  date?: ISODate;
}

export interface NewStrategy {
  /** The year the strategy (and its agreements) apply to, e.g. 2023. */
  year: number;
  /** Last year of a multi-year frame (Albertslund's 2016-17 plan); absent for a one-year DUS. */
  yearTo?: number;
  title: string;
  /** The council vision the strategy builds on, e.g. "Mennesker møder mennesker". */
  vision?: string;
  intro?: string;
  deadlines: StrategyDeadline[];
  /** Minimum content of every goal that year, e.g. 2022: purpose, activities, followUpMethod;
   * 2023 also citizenImpact. Validation reads this, so no year is hard-coded. */
  minimumGoalContent: GoalContentField[];
  /** The goal template of the year (headings and order of a goal's sections, goalTemplates.ts);
   * absent for older data, where it is derived from the tracks and the minimum content. */
  goalTemplate?: GoalTemplateKey;
  /** Headings of the sections the year's agreements should have, like the goal template for goals
   * (2020's "Bæredygtig arbejdskultur"): a new agreement starts with them as its own sections. */
  agreementSections?: string[];
  clientId?: string;
}
export interface Strategy extends NewStrategy, MaybeDamaged {
  id: number;
}

/** track: a numbered DUS udviklingsspor; theme: a cross-cutting tema; focusArea: Albertslund's
 * indsatsområde. All three are columns of the "Udgangspunkt for målet" matrix. */
export type TrackKind = 'track' | 'theme' | 'focusArea';

export interface NewTrack {
  strategyId: number;
  kind: TrackKind;
  /** Number as printed (tracks and focus areas are numbered, themes usually are not). */
  number?: number;
  title: string;
  description?: string;
  clientId?: string;
}
export interface Track extends NewTrack, MaybeDamaged {
  id: number;
}

/** Whether a requirement must be met by the agreement as a whole or by each goal. */
export type RequirementScope = 'agreement' | 'goal';

/** Mandatory content of that year's agreements ("Krav til kontrakter og aftaler"). */
export interface NewRequirement {
  strategyId: number;
  number: number;
  title: string;
  description?: string;
  appliesTo: RequirementScope;
  clientId?: string;
}
export interface Requirement extends NewRequirement, MaybeDamaged {
  id: number;
}

/** A council policy or strategy a department works under or a goal starts from, e.g.
 * "Den økonomiske politik". Policies have no list of their own: they are names stored on the
 * agreement and the goal (the seeds write them as free text, "Andet (Økonomiske politik)"). */
export type Policy = string;

// ---------------------------------------------------------------- Organisation

/** Stab | Fagsekretariat | Afdeling | Team | Institution (docs/schema.md, Departments.Kind). */
export type DepartmentKind = 'staff' | 'secretariat' | 'department' | 'team' | 'institution';

export interface NewDepartment {
  title: string;
  kind: DepartmentKind;
  /** The unit this one sits under (stab > afdeling > team); absent at the top. */
  parentId?: number;
  leader?: PersonRef;
  editors: PersonRef[];
  active: boolean;
  /** Other names of the unit, as user profiles' Department gives them (one per line in the list). */
  aliases?: string[];
  clientId?: string;
}
export interface Department extends NewDepartment, MaybeDamaged {
  id: number;
}

// ---------------------------------------------------------------- Workflow stage

/** A stage code of the active StageConfiguration, e.g. 'draft', 'lmuHearing'. Stages are data
 * (per municipality), so the type is a string; `StageConfiguration` says which codes exist. */
export type StageCode = string;

// ---------------------------------------------------------------- Agreement

/** One step of "Aftalens tilblivelse". Dates are absent where the document gives none; a
 * period ("27. august 2019 – 15. september 2019") has a start and an end date. */
export interface Milestone {
  title: string;
  date?: ISODate;
  endDate?: ISODate;
  /** The document's own wording of the time, kept when it cannot be a date (no year given). */
  note?: string;
}

/** One of the year's budget changes the department works under, with the tracks (or themes) it
 * relates to: 2020's "Justering af demografimodeller (Vores relation til folkestyret, udførelse)". */
export interface BudgetChange {
  text: string;
  trackIds: number[];
}

/** A section the department writes under its own heading (2020's "Bæredygtig arbejdskultur",
 * Albertslund's "Hvorfor er vi her?"). The body is plain text: paragraphs and "- " bullets. */
export interface AgreementSection {
  heading: string;
  body: string;
}

export interface NewAgreement {
  departmentId: number;
  year: number;
  /** Last year of a multi-year agreement (Albertslund's virksomhedsplan 2016-2017). */
  yearTo?: number;
  title: string;
  intro?: string;
  coreTask?: string;
  /** The policies the department works under (agreement level "Byrådets politikker"). */
  policies: Policy[];
  /** The year's budget changes with the tracks they relate to (issue 16). */
  budgetChanges?: BudgetChange[];
  /** "Fra sidste års aftale fortsætter". */
  continuing?: string;
  /** The agreement's relation to the year's DUS (its pejlemærker). */
  strategyRelation?: string;
  /** Free sections with a heading, in the department's order. */
  sections?: AgreementSection[];
  milestones: Milestone[];
  stage: StageCode;
  stageChangedAt?: ISODateTime;
  clientId?: string;
}
export interface Agreement extends NewAgreement, MaybeDamaged {
  id: number;
  /** Set when SharePoint holds the item outside its department's folder (domain/filing.ts). */
  misfiled?: 'otherFolder' | 'outsideFolders';
}

// ---------------------------------------------------------------- Goal and its value types

export type Horizon = 'oneYear' | 'multiYear';

export type TargetDirection = 'atMost' | 'atLeast' | 'exactly';

/** A measurable target, e.g. "max. 2,8 pct. sygefravær, svarende til niveauet for staben i 2021"
 * = { value: 2.8, unit: 'pct.', direction: 'atMost', baseline: 2.8, baselineYear: 2021 }. */
export interface GoalTarget {
  value: number;
  unit: string;
  direction: TargetDirection;
  baseline?: number;
  baselineYear?: number;
  /** The measured value at follow-up. */
  actual?: number;
  /** The document's wording of the target, shown next to the numbers. */
  note?: string;
}

/** Year-end result of a goal (Albertslund's "Opfølgning"). Labels live in outcomes.ts. */
export type OutcomeCode = 'achieved' | 'partlyAchieved' | 'notAchieved' | 'changed' | 'dropped' | 'continued';

/** One deliverable under "Dokumentation" (Albertslund). */
export interface EvidenceItem {
  text: string;
  delivered: boolean;
}

/** Resource effect on the 1 (low) to 5 (high) scale of the climate annex. */
export type ResourceEffect = 1 | 2 | 3 | 4 | 5;

/** The climate annex of a goal ("Mål vedr. Klimainsatsen", 2023). Field names follow the annex
 * table rows; numbers in brackets are the climate policy's sections. */
export interface ClimateAnnex {
  /** "Strategispor i klima-, energi- og ressourcepolitikken". */
  strategyTrack?: string;
  /** "Beskrivelse af tiltaget". */
  description?: string;
  /** "Specifikt mål / leverance for tiltaget". */
  deliverable?: string;
  /** "Hvilket delmål bidrager tiltaget til indfrielsen af". */
  subGoals?: string;
  /** "Ansvarlig for gennemførelse af tiltaget (3.1.6)". */
  responsible?: string;
  /** "Tidsplan (3.1.7)". */
  timeline?: string;
  /** "Finansieringskilder/personaleressourcer (3.1.2, 1.4)". */
  funding?: string;
  /** "Merværdier (3.1.4)". */
  addedValues?: string;
  /** "Rimelig og retfærdig fordeling af gevinster (3.1.5)". */
  distribution?: string;
  /** "Barrierer (3.2)". */
  barriers?: string;
  /** "Verdensmål": UN SDG numbers 1-17 (names in sdgs.ts). */
  sdgs: number[];
  /** Free text of the "Verdensmål" cell beyond the marked goals. */
  sdgNote?: string;
  /** "CO2 effekt. Reduktion i direkte CO2-udledning/indirekte påvirkning". */
  co2Effect?: string;
  /** "Ressourceeffekt": the X on the 1-5 scale; absent when not marked. */
  resourceEffect?: ResourceEffect;
}

export interface NewGoal {
  agreementId: number;
  /** Owning department, denormalised from the agreement so Goals can be filtered on it. */
  departmentId: number;
  year: number;
  number?: number;
  title: string;
  /** "Baggrund og formål" / "Hvilken forandring vil vi opnå?". */
  purpose?: string;
  /** "Udviklingsmål" / "Mål": the goal itself. */
  goalStatement?: string;
  /** "Aktiviteter" / "Hvordan gør vi det?". */
  activities?: string;
  /** "Hvem er involveret?". */
  involved?: string;
  /** Other departments owning the goal jointly (fællesmål). */
  sharedWithDepartmentIds: number[];
  /** "Hvordan følger vi op på virkningen?" / "Opfølgning på udviklingsmålet". */
  followUpMethod?: string;
  /** "Forventede virkninger for borgeren". */
  citizenImpact?: string;
  horizon?: Horizon;
  /** Tracks, themes or focus areas marked X in "Udgangspunkt for målet". */
  trackIds: number[];
  /** Policies marked in the goal's "Andet" column(s). */
  policies: Policy[];
  requirementIds: number[];
  target?: GoalTarget;
  continuesFromId?: number;
  stage: StageCode;
  outcome?: OutcomeCode;
  outcomeNote?: string;
  evidence: EvidenceItem[];
  climate?: ClimateAnnex;
  clientId?: string;
}
export interface Goal extends NewGoal, MaybeDamaged {
  id: number;
  /** Set when SharePoint holds the item outside its department's folder (domain/filing.ts). */
  misfiled?: 'otherFolder' | 'outsideFolders';
}

export type * from './workflowTypes';
