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
  Approval: {
    TasksTitle: string;
    TasksIntro: string;
    Loading: string;
    GoalsInTask: string;
    ShowHistory: string;
    HideHistory: string;
    EmptyHint: string;
    Empty: string;
    TaskCount: string;
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
    CommentRequired: string;
    MeetingDate: string;
    MeetingDateRequired: string;
    MinutesUrl: string;
    MinutesUrlRequired: string;
    Confirm: string;
    Cancel: string;
    Saving: string;
    Decided: string;
    Notified: string;
    NotificationFailed: string;
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
    Decisions: {
      submitted: string;
      approved: string;
      consulted: string;
      returned: string;
      followUpStarted: string;
      completed: string;
    };
  };
}

declare module 'UdviklingsaftalerWebPartStrings' {
  const strings: IUdviklingsaftalerStrings;
  export = strings;
}
