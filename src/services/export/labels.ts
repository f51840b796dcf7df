// The words of the workbook (sheet names, headers, value labels). They come from the locale files
// (strings.Export.Workbook), so a Danish user gets a Danish file and an English user an English one.
import type { DepartmentKind, Horizon, OutcomeCode, TargetDirection, TrackKind } from '../../domain';
import type { DamageTemplates } from '../../domain/damage';
import type { CheckInExportLabels } from './checkInSheet';

export interface ExportLabels {
  AllGoalsSheet: string;
  Columns: {
    Department: string;
    Agreement: string;
    Number: string;
    Title: string;
    Policies: string;
    Requirements: string;
    Target: string;
    ContinuesFrom: string;
    Stage: string;
    Outcome: string;
    OutcomeNote: string;
    Evidence: string;
    ClimateStrategyTrack: string;
    ClimateDescription: string;
    ClimateDeliverable: string;
    ClimateSubGoals: string;
    ClimateResponsible: string;
    ClimateTimeline: string;
    ClimateFunding: string;
    ClimateAddedValues: string;
    ClimateDistribution: string;
    ClimateBarriers: string;
    Sdgs: string;
    Co2Effect: string;
    ResourceEffect: string;
  };
  Summary: {
    SheetName: string;
    Department: string;
    Kind: string;
    Parent: string;
    Leader: string;
    Agreement: string;
    Stage: string;
    StageChangedAt: string;
    Goals: string;
    MissingRequirements: string;
    Late: string;
    DueDate: string;
    NoAgreement: string;
    Yes: string;
    No: string;
    /** Added to a stage the approval log does not back ("Ikke verificeret") or that was changed
     * after its approval ("Ændret efter godkendelse"). */
    Unverified: string;
    Stale: string;
  };
  /** The goal's own fields' headers: strings.GoalFields, the one label table (Baggrund og formål, …). */
  Fields: Readonly<
    Record<'purpose' | 'goalStatement' | 'activities' | 'involved' | 'sharedWithDepartmentIds' | 'followUpMethod' | 'citizenImpact' | 'horizon', string>
  >;
  TrackKinds: Record<TrackKind, string>;
  DepartmentKinds: Record<DepartmentKind, string>;
  Horizons: Record<Horizon, string>;
  TargetDirections: Record<TargetDirection, string>;
  Outcomes: Record<OutcomeCode, string>;
  /** strings.Resilience: the cut-cell marker and notes, and the damaged items' sentences. */
  Resilience: ExportResilienceLabels;
  /** strings.ForeignEdit: a stage whose content someone outside the department changed. */
  ForeignEdit: { Status: string };
  /** strings.FollowUpDuringYear.Workbook: the check-ins sheet and the latest status columns
   * (absent: the workbook has neither). */
  CheckIns?: CheckInExportLabels;
}

export interface ExportResilienceLabels extends DamageTemplates {
  CellMarker: string;
  CellNotesTitle: string;
  /** {0} sheet, {1} row, {2} column letter, {3} column header, {4} the text's length. */
  CellCut: string;
}
