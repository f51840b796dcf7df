// Localized strings, grouped by where they are shown. Every locale file (da-dk is the default,
// en-us the second) fills the whole shape; tests/component/pseudoLocale.test.tsx renders the app
// with a pseudo-locale to catch text that bypasses these strings.
declare interface IUdviklingsaftalerStrings {
  /** First screen, next year's agreement before its DUS (issue 16). */
  Start: {
    SectionsLabel: string;
    SectionsHelp: string;
    ChooserTitle: string;
    ChooserMessage: string;
    ChooserLabel: string;
    /** {0} department, {1} year. */
    OtherNoAgreement: string;
    NoStrategyTitle: string;
    /** {0} year. */
    NoStrategy: string;
  };
  App: {
    Title: string;
    Subtitle: string;
    Loading: string;
    /** A view shown from the browser's copy while the server is asked again. */
    Refreshing: string;
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
    StageChecking: string;
    StageInList: string;
    History: string;
    ShowHistory: string;
    HideHistory: string;
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
      duplicate: string;
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
    TeamsAppIdLabel: string;
    TeamsAppIdDescription: string;
    TeamsAppIdInvalid: string;
  };
  GoalEditor: {
    NewTitle: string;
    EditTitle: string;
    ViewTitle: string;
    Close: string;
    Save: string;
    Saving: string;
    Cancel: string;
    Edit: string;
    View: string;
    NewGoal: string;
    CreateAgreement: string;
    CreatingAgreement: string;
    Document: string;
    FollowUp: string;
    ReadOnlyStage: string;
    ReadOnlyPermission: string;
    Saved: string;
    SaveFailed: string;
    ValidationSummary: string;
    DraftFound: string;
    DraftRestore: string;
    DraftDiscard: string;
    DraftRestored: string;
    UnsavedChanges: string;
    BasicsSection: string;
    ContentSection: string;
    OtherFields: string;
    OtherFieldsHelp: string;
    Number: string;
    NumberHelp: string;
    NumberInvalid: string;
    Tracks: string;
    TracksHelp: string;
    NoTracks: string;
    Policies: string;
    PoliciesHelp: string;
    AddPolicy: string;
    AddPolicyButton: string;
    RemovePolicy: string;
    Requirements: string;
    RequirementsHelp: string;
    NoRequirements: string;
    SharedWith: string;
    SharedWithHelp: string;
    SharedWithPlaceholder: string;
    Horizon: string;
    HorizonNone: string;
    Horizons: { oneYear: string; multiYear: string };
    ContinuesFrom: string;
    ContinuesFromNone: string;
    Target: string;
    TargetToggle: string;
    TargetValue: string;
    TargetValueHelp: string;
    TargetUnit: string;
    TargetUnitHelp: string;
    TargetDirection: string;
    Directions: { atMost: string; atLeast: string; exactly: string };
    TargetBaseline: string;
    TargetBaselineYear: string;
    TargetNote: string;
    NumberFormatInvalid: string;
    YearInvalid: string;
    Evidence: string;
    EvidenceHelp: string;
    EvidenceItem: string;
    AddEvidence: string;
    RemoveEvidence: string;
    Delivered: string;
    Climate: string;
    ClimateToggle: string;
    ClimateHelp: string;
    Sdgs: string;
    SdgsHelp: string;
    SdgOption: string;
    ResourceEffect: string;
    ResourceEffectNone: string;
    Help: {
      title: string;
      purpose: string;
      goalStatement: string;
      activities: string;
      involved: string;
      followUpMethod: string;
      citizenImpact: string;
      evidence: string;
    };
    ClimateFields: {
      strategyTrack: string;
      description: string;
      deliverable: string;
      subGoals: string;
      responsible: string;
      timeline: string;
      funding: string;
      addedValues: string;
      distribution: string;
      barriers: string;
      sdgNote: string;
      co2Effect: string;
    };
    /** UN SDG names by number (n1 … n17). */
    SdgNames: Record<string, string>;
    ConflictTitle: string;
    ConflictIntro: string;
    ConflictMine: string;
    ConflictTheirs: string;
    ConflictEmpty: string;
    ConflictApply: string;
    ConflictLoadFailed: string;
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
    EvidenceLabel: string;
    EvidenceDelivered: string;
    EvidenceNotDelivered: string;
    EvidenceCount: string;
    TargetLabel: string;
    TargetLine: string;
    ActualLabel: string;
    ActualDescription: string;
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
  Overview: {
    Title: string;
    YearLabel: string;
    Summary: string;
    NoStrategy: string;
    NoDepartments: string;
    Filters: string;
    FilterStage: string;
    FilterKind: string;
    FilterAll: string;
    OnlyMissing: string;
    OnlyLate: string;
    NoMatch: string;
    NoAgreement: string;
    StageSection: string;
    StageCaption: string;
    Department: string;
    Kind: string;
    Stage: string;
    Goals: string;
    Late: string;
    LateMark: string;
    HeatMap: string;
    HeatMapCaption: string;
    Requirements: string;
    RequirementsCaption: string;
    Covered: string;
    Missing: string;
    NotHolder: string;
    MissingCount: string;
    NoRequirements: string;
    AllCovered: string;
    LateSection: string;
    DueDate: string;
    NoDueDate: string;
    NoneLate: string;
    LateStage: string;
    Chart: string;
    ChartDescription: string;
    Outcomes: string;
    NoOutcomes: string;
    SecretariatActions: string;
    EditStrategy: string;
    Kinds: { staff: string; secretariat: string; department: string; team: string; institution: string };
    Export: {
      Button: string;
      DialogTitle: string;
      DialogIntro: string;
      LayoutLabel: string;
      LayoutPerDepartment: string;
      LayoutSingle: string;
      Download: string;
      Cancel: string;
      Working: string;
      Done: string;
      FileName: string;
      FileNameDepartment: string;
    };
    /** The workbook's words; the shape is the export's own (src/services/export/labels.ts). */
    /** The workbook's own words; its goal-field headers are GoalFields, its damage sentences Resilience. */
    Workbook: Omit<import('../../../services/export/labels').ExportLabels, 'Fields' | 'Resilience'>;
  };
  StrategyAdmin: {
    Title: string;
    Intro: string;
    YearPicker: string;
    ReadOnly: string;
    NoStrategy: string;
    NoStrategyReader: string;
    CreateEmpty: string;
    CopyFrom: string;
    Copying: string;
    CopyHint: string;
    Save: string;
    Saving: string;
    Saved: string;
    ValidationSummary: string;
    StrategySection: string;
    FieldTitle: string;
    FieldYear: string;
    FieldYearTo: string;
    FieldYearToHelp: string;
    FieldVision: string;
    FieldIntro: string;
    Deadlines: string;
    DeadlinesHelp: string;
    DeadlineTitle: string;
    DeadlineDate: string;
    AddDeadline: string;
    AddSuggested: string;
    MoveDeadlineUp: string;
    MoveDeadlineDown: string;
    RemoveDeadline: string;
    RemoveTrack: string;
    RemoveRequirement: string;
    NoDeadlines: string;
    MinimumContent: string;
    MinimumContentHelp: string;
    Template: string;
    TemplateNone: string;
    Templates: { questions: string; sections: string; evidence: string };
    TemplatePreview: string;
    Tracks: string;
    NoTracks: string;
    AddTrack: string;
    TrackRow: string;
    TrackKind: string;
    TrackNumber: string;
    TrackTitle: string;
    TrackDescription: string;
    TrackChecking: string;
    Requirements: string;
    NoRequirements: string;
    AddRequirement: string;
    RequirementRow: string;
    RequirementNumber: string;
    RequirementTitle: string;
    RequirementDescription: string;
    AppliesTo: string;
    AppliesToValues: { agreement: string; goal: string };
    DraftFound: string;
    DraftRestore: string;
    DraftDiscard: string;
    Conflict: string;
    ReloadLatest: string;
  };
  Approval: {
    TasksTitle: string;
    TasksIntro: string;
    Loading: string;
    GoalsInTask: string;
    ShowHistory: string;
    HideHistory: string;
    EmptyHint: string;
    Empty: string;
    WaitingSince: string;
    Stage: string;
    WholeAgreement: string;
    SingleGoal: string;
    Open: string;
    ShowChanges: string;
    HideChanges: string;
    ChangesSince: string;
    NoChanges: string;
    NoBaseVersion: string;
    Field: string;
    Before: string;
    After: string;
    EmptyValue: string;
    SelectTask: string;
    ApproveSelected: string;
    ApproveManyDone: string;
    ApproveManyFailed: string;
    Comment: string;
    MeetingDate: string;
    MinutesUrl: string;
    Confirm: string;
    Cancel: string;
    Saving: string;
    Decided: string;
    Notified: string;
    ConflictTitle: string;
    ActionsLabel: string;
    HistoryTitle: string;
    HistoryEmpty: string;
    HistoryDecision: string;
    HistoryStageChange: string;
    HistoryInvalid: string;
    HistoryMeeting: string;
    HistoryMinutes: string;
    HistoryVersion: string;
    HistorySubject: string;
    Verified: string;
    VerifiedStage: string;
    Unverified: string;
    Stale: string;
    VerifiedHelp: string;
    UnverifiedHelp: string;
    StaleHelp: string;
    SiteWorkflowProblem: string;
    MembershipProblem: string;
    Decisions: {
      submitted: string;
      approved: string;
      consulted: string;
      returned: string;
      followUpStarted: string;
      completed: string;
    };
  };
  Mail: {
    NotSentTitle: string;
    NotGranted: string;
    Failed: string;
    NoAddress: string;
    EmptyGroup: string;
  };
  /** An agreement or goal SharePoint holds outside its department's folder (domain/filing.ts). */
  Filing: {
    OtherFolder: string;
    OtherFolderHelp: string;
    OutsideFolders: string;
    OutsideFoldersHelp: string;
    SyncAccess: string;
    SyncAccessHelp: string;
    SyncAccessBusy: string;
    /** {0}: how many permissions changed. */
    SyncAccessDone: string;
    SyncAccessNone: string;
  };
  Resilience: {
    RouteNotFoundTitle: string;
    RouteNotFound: string;
    Home: string;
    ViewFailedTitle: string;
    ViewFailed: string;
    Retry: string;
    ReadInvalid: string;
    DamagedGoal: string;
    DamagedAgreement: string;
    DamagedStrategy: string;
    DamagedDepartment: string;
    DamagedTrack: string;
    DamagedRequirement: string;
    /** {0}: the fields the app refused to write. */
    DamagedWrite: string;
    DamagedReadOnly: string;
    DamagedListTitle: string;
    DamagedListIntro: string;
    DamagedMarker: string;
    DamageCodes: { unreadable: string; missing: string };
    DamageFields: {
      evidence: string;
      agreementId: string;
      departmentId: string;
      year: string;
      milestones: string;
      deadlines: string;
      kind: string;
      strategyId: string;
      number: string;
      appliesTo: string;
    };
    CellMarker: string;
    CellNotesTitle: string;
    CellCut: string;
    MinutesNotALink: string;
  };
  /** The agreement editor (#/aftale/<id>), issue 16. Labels with {0} take the row number. */
  AgreementEditor: {
    Edit: string;
    Title: string;
    ReadOnlyStage: string;
    ReadOnlyPermission: string;
    OpenDocument: string;
    Back: string;
    Intro: string;
    StrategyRelation: string;
    CoreTask: string;
    Policies: string;
    PoliciesHelp: string;
    Policy: string;
    AddPolicy: string;
    BudgetChanges: string;
    BudgetChange: string;
    BudgetTracks: string;
    NoTracks: string;
    AddBudgetChange: string;
    Continuing: string;
    Sections: string;
    SectionHeading: string;
    SectionBody: string;
    AddSection: string;
    Milestones: string;
    MilestoneTitle: string;
    MilestoneDate: string;
    MilestoneEnd: string;
    AddMilestone: string;
    MoveUp: string;
    MoveDown: string;
    Remove: string;
    TextHelp: string;
    ConflictTitle: string;
    ConflictIntro: string;
    ConflictMine: string;
    ConflictTheirs: string;
    ValidationSummary: string;
    Saved: string;
    ConflictApply: string;
  };
  /** Numbers and dates typed the Danish way (domain/danishNumber.ts). {0}: what was typed. */
  DanishInput: {
    DatePlaceholder: string;
    DateInvalid: string;
    Months: string[];
    ShortMonths: string[];
    Days: string[];
    ShortDays: string[];
    GoToToday: string;
    PrevMonth: string;
    NextMonth: string;
    PrevYear: string;
    NextYear: string;
    CloseCalendar: string;
    OpenCalendar: string;
  };
  /** Check-ins per goal during the year (issue 18). */
  CheckIns: {
    OverviewSection: string;
    OverviewCaption: string;
    OverviewNone: string;
    StaleDaysLabel: string;
    StaleDaysInvalid: string;
    /** {0}: days. */
    StaleTitle: string;
    StaleNone: string;
    StaleNever: string;
    LatestStatus: string;
    NoCheckInYet: string;
    AgeToday: string;
    AgeOneDay: string;
    /** {0}: whole days. */
    AgeDays: string;
    Title: string;
    OpenLink: string;
    BackToDepartment: string;
    Timeline: string;
    NoCheckIns: string;
    NewCheckIn: string;
    Status: string;
    Note: string;
    /** {0}: the target's unit. */
    MeasuredValue: string;
    MeasuredValueHelp: string;
    MeasuredAt: string;
    MeasuredAtHelp: string;
    Save: string;
    Saving: string;
    Saved: string;
    ValueInvalid: string;
    DateInvalid: string;
    Problems: { valueWithoutTarget: string; valueWithoutDate: string; dateWithoutValue: string; badDate: string; dateInFuture: string };
    /** {0}: the agreement's stage. */
    LockedNotApproved: string;
    LockedPermission: string;
    /** {0}: value with unit, {1}: date. */
    Measured: string;
    By: string;
    RecordedAt: string;
    ChartTitle: string;
    ChartSeries: string;
    ChartTarget: string;
    /** {0} goal, {1} count, {2} latest value, {3} unit, {4} latest date, {5} direction, {6} target value. */
    ChartSummary: string;
    ChartTableCaption: string;
    ChartDate: string;
    ChartValue: string;
    ChartLoading: string;
    Statuses: { onTrack: string; challenged: string; behind: string; achieved: string; paused: string };
  };
  /** The property pane's start views "Opfølgning" and "Dokument" (the configured department's agreement of the year). */
  StartView: {
    /** {0}: the view's name, {1}: the department, {2}: the year. */
    NoAgreementTitle: string;
    NoAgreement: string;
    FollowUp: string;
    Document: string;
    ToDepartment: string;
  };
  /** Issue #17: returns, comments, substitutes, checks and the words of the approval conversation. */
  Conversation: {
    /** Short month names, January first ("6. dec."). */
    Months: string[];
    ReturnedTitle: string;
    /** {0} who, {1} when, {2} the stage it was returned from. */
    ReturnedBy: string;
    ReturnedGoal: string;
    ReturnedComment: string;
    ReturnedNoComment: string;
    /** {0} the stage it was returned from. */
    ReturnedAgain: string;
    /** {0} who, {1} when; the comment follows. */
    MoveComment: string;
    TaskCountOne: string;
    /** {0} the count (2 or more). */
    TaskCountMany: string;
    /** {0} who decides, {1} when it was sent, {2} by whom: "Venter på ledergruppen (sendt 6. dec. af Rasmus Lund)". */
    Waiting: string;
    /** {0} the decision, {1} who decided, {2} the date: "Godkendt af direktionen 3. dec. 2019". */
    DecidedBy: string;
    /** The groups as a sentence names them, when the stage has no decidedBy of its own. */
    Groups: { readers: string; editors: string; leaders: string; approvers: string; secretariat: string };
    Decisions: { submitted: string; approved: string; consulted: string; returned: string; followUpStarted: string; completed: string };
    /** Checks before sending an agreement on (domain/sendChecks.ts codes). */
    Checks: { Block: string; Warn: string; requirementUncovered: string; goalMissingContent: string; goalReturned: string };
    /** "Send påmindelser": who was reminded and who not, and why (issue #17.7). */
    Reminded: string;
    /** {0} the unit, {1} the leader's address. */
    RemindedItem: string;
    Skipped: string;
    /** {0} the unit, {1} why. */
    SkippedItem: string;
    SkipReasons: { notHolder: string; noLeader: string; noLeaderAddress: string; alreadyRemindedToday: string; mailFailed: string };
    /** Overblik's column of shared goals (fællesmål) other units own and name this one in. */
    SharedFromOthers: string;
    SharedFromOthersHelp: string;
    /** {0} who saved in between. */
    SavedBy: string;
    /** {0} who saved in between. */
    SavedByIntro: string;
  };
  /** The read view of a goal (issue 16): everything stored, nothing invented. */
  GoalReadView: {
    NotFilled: string;
    Target: string;
    /** {0}: direction, {1}: value with unit. */
    TargetValue: string;
    /** {0}: value with unit; {1}: " i 2021" or empty. */
    Baseline: string;
    /** {0}: year. */
    BaselineYear: string;
    /** {0}: value with unit. */
    Actual: string;
    Outcome: string;
    ResourceEffect: string;
    ResourceEffectRow: string;
    /** A goal whose follow-up text gives no verdict: followed up, without a status. */
    NoVerdict: string;
  };
  /** The goal's fields by their code: the one label table of the editor, the DUS form, the conflict
   * dialog, validation messages and the workbook (its Danish equals src/domain/goalFields.ts). */
  GoalFields: {
    number: string;
    title: string;
    purpose: string;
    goalStatement: string;
    activities: string;
    involved: string;
    sharedWithDepartmentIds: string;
    followUpMethod: string;
    citizenImpact: string;
    horizon: string;
    trackIds: string;
    policies: string;
    requirementIds: string;
    target: string;
    continuesFromId: string;
    stage: string;
    outcome: string;
    outcomeNote: string;
    evidence: string;
    climate: string;
  };
  /** Texts of the domain's validation codes (src/domain/validationResult.ts), filled by
   * components/common/validationText.ts: {label} is the field's label, other {names} the params. */
  Validation: {
    /** A row of a list field: "Byrådets politikker, nr. 2". */
    RowLabel: string;
    Codes: Record<import('../../../domain/validationResult').ValidationCode, string>;
  };
  /** A content change by someone outside the department (issue #15.3). */
  ForeignEdit: { Status: string; Short: string; Help: string };
  /** Follow-up during the year, issue 18's second part: year end from check-ins, dialogues, status rounds. */
  FollowUpDuringYear: {
    SendStatusReminders: string;
    DialogueColumn: string;
    DialogueHeld: string;
    DialogueNotHeld: string;
    DialogueTitle: string;
    DialogueDate: string;
    DialogueDateRequired: string;
    DialogueParticipants: string;
    DialogueNotes: string;
    DialogueAgreed: string;
    DialogueFollowUps: string;
    OnePerLine: string;
    DialogueSave: string;
    DialogueSaving: string;
    DialogueSaved: string;
    Delete: string;
    DeleteConfirm: string;
    DeleteYes: string;
    DeleteNo: string;
    UnverifiedCheckIn: string;
    StatusFilter: string;
    /** {0}: status label, {1}: number of goals. */
    StatusFilterTitle: string;
    /** {0}: status label, {1}: date. */
    StartStatus: string;
    /** {0}: value with unit, {1}: date. */
    StartMeasured: string;
    StartConfirm: string;
    DraftRestored: string;
    DraftDiscard: string;
    Workbook: import('../../../services/export/checkInSheet').CheckInExportLabels;
  };
  /** Check-ins the approval log does not back (issue 18): not a goal's status, not counted. */
  FollowUpVerified: {
    Checking: string;
    NewerUnverifiedOne: string;
    NewerUnverified: string;
    OverviewUnverifiedOne: string;
    OverviewUnverified: string;
  };
  WordImport: {
    Open: string;
    Title: string;
    Lead: string;
    ChooseFiles: string;
    /** {0} file name. */
    Reading: string;
    /** {0} file name. */
    Problems: { tooLarge: string; emptyFile: string; oldDoc: string; passwordProtected: string; notDocx: string; noText: string; noGoals: string };
    FilesLabel: string;
    DepartmentLabel: string;
    DepartmentMissing: string;
    YearLabel: string;
    YearInvalid: string;
    /** {0} goals, {1} free sections, {2} skipped parts. */
    Summary: string;
    GoalsHeading: string;
    ImportGoal: string;
    Marks: string;
    NoMarks: string;
    PartsHeading: string;
    DocumentColumn: string;
    MappingColumn: string;
    Move: string;
    Skip: string;
    Restore: string;
    MoveTarget: string;
    MoveField: string;
    MoveApply: string;
    MoveCancel: string;
    Destinations: {
      title: string;
      intro: string;
      coreTask: string;
      strategyRelation: string;
      continuing: string;
      policies: string;
      budgetChanges: string;
      milestones: string;
      agreement: string;
      section: string;
      goal: string;
      goalField: string;
      climateField: string;
      skipped: string;
      documentMeta: string;
      sectionHeading: string;
      goalHeading: string;
      label: string;
      tracks: string;
      strategy: string;
    };
    GoalFields: {
      title: string;
      purpose: string;
      goalStatement: string;
      citizenImpact: string;
      activities: string;
      involved: string;
      followUpMethod: string;
      evidence: string;
      outcomeNote: string;
      target: string;
      horizon: string;
      requirements: string;
      outcome: string;
      sharedWith: string;
    };
    UnknownDepartment: string;
    UnknownRequirement: string;
    Save: string;
    Saving: string;
    /** {0} file, {1} agreement outcome, {2} created, {3} updated, {4} unchanged. */
    Saved: string;
    AgreementOutcome: { created: string; updated: string; unchanged: string; locked: string };
    GoalsLocked: string;
    GoalsInConflict: string;
    OpenDepartment: string;
    OpenDocument: string;
  };
  /** The site's own settings (stage configuration, e-mails) when they cannot be used (issue #20.4). */
  StageConfiguration: {
    /** {fallback}: the configuration used meanwhile. */
    Unusable: string;
    Notifications: string;
    /** {row} 1-based; {label}, {stage}, {from} the configuration's own words. */
    Codes: Record<import('../../../domain/stageMachine').StageConfigurationCode, string>;
  };
  /** Issue #17.3: substitutes (stedfortræder), decision 0009. */
  Substitutes: {
    Open: string;
    Close: string;
    Title: string;
    Intro: string;
    Substitute: string;
    SubstitutePlaceholder: string;
    /** Why only some people can be chosen. */
    SubstituteHint: string;
    Group: string;
    From: string;
    To: string;
    Name: string;
    Naming: string;
    /** {0} who, {1} from, {2} to. */
    Named: string;
    Mine: string;
    NoneMine: string;
    /** {0} who, {1} the group, {2} from, {3} to. */
    Row: string;
    End: string;
    /** {0} who. */
    EndLabel: string;
    /** {0} who. */
    Ended: string;
    /** {0} whom, {1} the group, {2} the last day. */
    ActingFor: string;
    /** {0} whom: on a task card. */
    AsSubstitute: string;
    /** {0} whom: after the decider's name in the history and the e-mail. */
    OnBehalfOf: string;
    Groups: { leaders: string; approvers: string; secretariat: string; editors: string; readers: string };
    Problems: { required: string; notMember: string; self: string; cannotWrite: string; toBeforeFrom: string; inPast: string };
    ListMissing: string;
  };
  /** Re-importing a corrected file (issue 19): conflicts and a year without a DUS. */
  WordImportMerge: {
    /** The agreement's outcome when fields wait for a choice. */
    AgreementConflict: string;
    ConflictsTitle: string;
    ConflictsIntro: string;
    ChooseVersions: string;
    DialogTitle: string;
    DialogIntro: string;
    Mine: string;
    Theirs: string;
    Apply: string;
    Cancel: string;
    /** {0}: the field's label. */
    AgreementField: string;
    /** {0}: the section's heading. */
    SectionField: string;
    /** {0}: the goal's title, {1}: the field's label. */
    GoalField: string;
    NoStrategyTitle: string;
    /** {0}: the year. */
    NoStrategyIntro: string;
    /** {0}: the goal's name, {1}: the column. */
    NoStrategyMark: string;
    TrackYearLabel: string;
    TrackYearPick: string;
    /** {0}: the year. */
    TrackYearOption: string;
    TrackYearSkip: string;
    TrackYearMissing: string;
    TrackYearSkipped: string;
  };
}

declare module 'UdviklingsaftalerWebPartStrings' {
  const strings: IUdviklingsaftalerStrings;
  export = strings;
}
