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
    Workbook: {
      AllGoalsSheet: string;
      Columns: {
        Department: string; Agreement: string; Number: string; Title: string; Purpose: string; GoalStatement: string;
        Activities: string; Involved: string; SharedWith: string; FollowUpMethod: string; CitizenImpact: string; Horizon: string;
        Policies: string; Requirements: string; Target: string; ContinuesFrom: string; Stage: string; Outcome: string;
        OutcomeNote: string; Evidence: string; ClimateStrategyTrack: string; ClimateDescription: string; ClimateDeliverable: string;
        ClimateSubGoals: string; ClimateResponsible: string; ClimateTimeline: string; ClimateFunding: string;
        ClimateAddedValues: string; ClimateDistribution: string; ClimateBarriers: string; Sdgs: string; Co2Effect: string;
        ResourceEffect: string;
      };
      Summary: {
        SheetName: string; Department: string; Kind: string; Parent: string; Leader: string; Agreement: string; Stage: string;
        StageChangedAt: string; Goals: string; MissingRequirements: string; Late: string; DueDate: string; NoAgreement: string;
        Yes: string; No: string;
      };
      TrackKinds: { track: string; theme: string; focusArea: string };
      DepartmentKinds: { staff: string; secretariat: string; department: string; team: string; institution: string };
      Horizons: { oneYear: string; multiYear: string };
      TargetDirections: { atMost: string; atLeast: string; exactly: string };
      Outcomes: { achieved: string; partlyAchieved: string; notAchieved: string; changed: string; dropped: string; continued: string };
    };
  };
}

declare module 'UdviklingsaftalerWebPartStrings' {
  const strings: IUdviklingsaftalerStrings;
  export = strings;
}
