// Localized strings, grouped by where they are shown. Every locale file (da-dk is the default,
// en-us the second) fills the whole shape; tests/component/pseudoLocale.test.tsx renders the app
// with a pseudo-locale to catch text that bypasses these strings.
declare interface IUdviklingsaftalerStrings {
  App: {
    Title: string;
    Subtitle: string;
    Loading: string;
    NavigationLabel: string;
  };
  Views: {
    Department: string;
    Goal: string;
    Tasks: string;
    Overview: string;
    FollowUp: string;
    Strategy: string;
    Document: string;
  };
  Empty: {
    Title: string;
    NoDataSite: string;
    NoAgreementEmployee: string;
    NoAgreementLeader: string;
  };
  Department: {
    DepartmentLabel: string;
    YearLabel: string;
    Stage: string;
    CoreTask: string;
    Intro: string;
    ShowIntro: string;
    HideIntro: string;
    Policies: string;
    Goals: string;
    GoalNumber: string;
    NoGoals: string;
    NoGoalsMatch: string;
    Matrix: string;
    MatrixCaption: string;
    MatrixGoalColumn: string;
    MatrixPolicies: string;
    Marked: string;
    NotMarked: string;
    Requirements: string;
    RequirementCovered: string;
    RequirementMissing: string;
    RequirementAppliesToGoal: string;
    NoRequirements: string;
    CoveredBy: string;
    Filters: string;
    FilterTrack: string;
    FilterStage: string;
    FilterAll: string;
    Search: string;
    SharedGoal: string;
    Outcome: string;
    NoOutcome: string;
    Unverified: string;
    TrackKinds: { track: string; theme: string; focusArea: string };
    Outcomes: { achieved: string; partlyAchieved: string; notAchieved: string; changed: string; dropped: string; continued: string };
    OutcomeSummary: string;
    NoDepartments: string;
  };
  Setup: {
    Title: string;
    OwnerMessage: string;
    OtherMessage: string;
    Create: string;
    Creating: string;
    Progress: string;
  };
  Errors: {
    Title: string;
    Retry: string;
    Unexpected: string;
    Kinds: {
      notFound: string;
      conflict: string;
      throttled: string;
      forbidden: string;
      validation: string;
      network: string;
      threshold: string;
    };
  };
  Host: {
    SharePoint: string;
    TeamsTab: string;
    TeamsPersonalApp: string;
    Local: string;
  };
  PropertyPane: {
    Description: string;
    DataGroup: string;
    DataSiteUrlLabel: string;
    DataSiteUrlDescription: string;
    DataSiteUrlInvalid: string;
    DisplayGroup: string;
    DefaultViewLabel: string;
    DefaultDepartmentLabel: string;
    DefaultDepartmentDescription: string;
    DefaultDepartmentInvalid: string;
    StageConfigurationLabel: string;
    StageConfigurationDescription: string;
  };
  GoalEditor: {
    NewTitle: string; EditTitle: string; ViewTitle: string; Close: string; Save: string; Saving: string; Cancel: string;
    Edit: string; View: string; NewGoal: string; CreateAgreement: string; CreatingAgreement: string; Document: string; FollowUp: string;
    ReadOnlyStage: string; ReadOnlyPermission: string; Saved: string; SaveFailed: string; ValidationSummary: string;
    DraftFound: string; DraftRestore: string; DraftDiscard: string; DraftRestored: string; UnsavedChanges: string;
    BasicsSection: string; ContentSection: string; OtherFields: string; OtherFieldsHelp: string;
    Number: string; NumberHelp: string; NumberInvalid: string;
    Tracks: string; TracksHelp: string; NoTracks: string;
    Policies: string; PoliciesHelp: string; AddPolicy: string; AddPolicyButton: string; RemovePolicy: string;
    Requirements: string; RequirementsHelp: string; NoRequirements: string;
    SharedWith: string; SharedWithHelp: string; SharedWithPlaceholder: string;
    Horizon: string; HorizonNone: string; Horizons: { oneYear: string; multiYear: string };
    ContinuesFrom: string; ContinuesFromNone: string;
    Target: string; TargetToggle: string; TargetValue: string; TargetValueHelp: string; TargetUnit: string; TargetUnitHelp: string;
    TargetDirection: string; Directions: { atMost: string; atLeast: string; exactly: string };
    TargetBaseline: string; TargetBaselineYear: string; TargetNote: string; NumberFormatInvalid: string; YearInvalid: string;
    Evidence: string; EvidenceHelp: string; EvidenceItem: string; AddEvidence: string; RemoveEvidence: string; Delivered: string;
    Climate: string; ClimateToggle: string; ClimateHelp: string; Sdgs: string; SdgsHelp: string; SdgOption: string;
    ResourceEffect: string; ResourceEffectNone: string;
    Help: { title: string; purpose: string; goalStatement: string; activities: string; involved: string; followUpMethod: string; citizenImpact: string; evidence: string };
    ClimateFields: {
      strategyTrack: string; description: string; deliverable: string; subGoals: string; responsible: string; timeline: string;
      funding: string; addedValues: string; distribution: string; barriers: string; sdgNote: string; co2Effect: string;
    };
    /** UN SDG names by number (n1 … n17). */
    SdgNames: Record<string, string>;
    ConflictTitle: string; ConflictIntro: string; ConflictMine: string; ConflictTheirs: string; ConflictEmpty: string; ConflictApply: string; ConflictLoadFailed: string;
    FieldLabels: {
      number: string; title: string; purpose: string; goalStatement: string; activities: string; involved: string; sharedWithDepartmentIds: string;
      followUpMethod: string; citizenImpact: string; horizon: string; trackIds: string; policies: string; requirementIds: string; target: string;
      continuesFromId: string; stage: string; outcome: string; outcomeNote: string; evidence: string; climate: string;
    };
  };
  YearEnd: {
    Title: string;
    Department: string;
    Stage: string;
    LockedStage: string;
    LockedPermission: string;
    GoalHeading: string;
    FollowUpMethod: string;
    GoalHeadingNoNumber: string;
    OutcomeLabel: string;
    OutcomePlaceholder: string;
    NoteLabel: string;
    NoteRequired: string;
    EvidenceLabel: string;
    EvidenceDelivered: string;
    EvidenceNotDelivered: string;
    EvidenceCount: string;
    TargetLabel: string;
    TargetLine: string;
    ActualLabel: string;
    ActualDescription: string;
    ActualInvalid: string;
    ActualNotMeasured: string;
    ActualLine: string;
    Directions: { atMost: string; atLeast: string; exactly: string };
    TargetMet: string;
    TargetNotMet: string;
    Save: string;
    Saving: string;
    Saved: string;
    NotFollowedUp: string;
    DraftFound: string;
    DraftRestore: string;
    DraftDiscard: string;
    CarryOver: string;
    CarryOverAll: string;
    CarryingOver: string;
    CarriedOver: string;
    CarryOverHint: string;
    NoGoals: string;
    Outcomes: { achieved: string; partlyAchieved: string; notAchieved: string; changed: string; dropped: string; continued: string };
    Summary: string;
    SummaryCaption: string;
    SummaryOutcome: string;
    SummaryCount: string;
    SummaryTotal: string;
    LineageLabel: string;
    LineageItem: string;
    SendReminders: string;
    SendingReminders: string;
    RemindersSentOne: string;
    RemindersSentMany: string;
    RemindersAlready: string;
    RemindersWithoutLeader: string;
  };
  Document: {
    Toolbar: string;
    Back: string;
    Print: string;
    DownloadDocx: string;
    DownloadYearDocx: string;
    Downloading: string;
    NotFoundTitle: string;
    NotFound: string;
  };
}

declare module 'UdviklingsaftalerWebPartStrings' {
  const strings: IUdviklingsaftalerStrings;
  export = strings;
}
