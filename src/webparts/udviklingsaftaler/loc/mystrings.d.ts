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
  Document: {
    Toolbar: string;
    Back: string;
    Print: string;
    DownloadDocx: string;
    Downloading: string;
    NotFoundTitle: string;
    NotFound: string;
    NotMarked: string;
  };
}

declare module 'UdviklingsaftalerWebPartStrings' {
  const strings: IUdviklingsaftalerStrings;
  export = strings;
}
