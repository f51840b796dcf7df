define([], function () {
  return {
    App: {
      Title: 'Development agreements',
      Subtitle: "This year's development agreements and goals, tied to the executive board's strategy tracks (DUS)",
      Loading: 'Loading …',
      NavigationLabel: 'Views'
    },
    Views: {
      Department: "Department's agreement",
      Goal: 'Goal',
      Tasks: 'My tasks',
      Overview: 'Overview',
      FollowUp: 'Follow-up',
      Strategy: 'Strategy (DUS)',
      Document: 'Document'
    },
    Empty: {
      Title: 'There is no development agreement yet',
      NoDataSite: 'The web part is not connected to a site with the lists. Ask the site owner to set the data site in the web part properties.',
      NoAgreementEmployee: 'Your department has no development agreement for the year yet. It is shown here once the department leader has created it.',
      NoAgreementLeader: "The department has no development agreement for the year yet. Create this year's agreement to get started."
    },
    Department: {
      DepartmentLabel: 'Department',
      YearLabel: 'Year',
      Stage: 'Stage',
      CoreTask: 'Core task',
      Intro: 'Introduction',
      ShowIntro: 'Show introduction',
      HideIntro: 'Hide introduction',
      Policies: "The council's policies",
      Goals: 'Development goals',
      GoalNumber: 'Goal {0}',
      NoGoals: 'The agreement has no development goals yet.',
      NoGoalsMatch: 'No goals match the filters.',
      Matrix: 'Starting points of the goals',
      MatrixCaption: 'The goals (rows) and the strategy tracks, themes and policies they start from (columns). X marks a starting point.',
      MatrixGoalColumn: 'Goal',
      MatrixPolicies: 'Other',
      Marked: 'X',
      NotMarked: 'Not marked',
      Requirements: 'Requirements for the agreement',
      RequirementCovered: 'Covered',
      RequirementMissing: 'Missing',
      RequirementAppliesToGoal: 'Applies to every goal',
      NoRequirements: "This year's strategy sets no requirements for the agreements.",
      CoveredBy: 'Covered by',
      Filters: 'Filters',
      FilterTrack: 'Strategy track',
      FilterStage: 'Stage',
      FilterAll: 'All',
      Search: 'Search goal titles',
      SharedGoal: 'Shared goal',
      Outcome: 'Outcome',
      NoOutcome: 'No outcome yet',
      Unverified: 'Not verified',
      TrackKinds: { track: 'Strategy track', theme: 'Cross-cutting theme', focusArea: 'Focus area' },
      Outcomes: { achieved: 'Achieved', partlyAchieved: 'Partly achieved', notAchieved: 'Not achieved', changed: 'Changed', dropped: 'Dropped', continued: 'Continued' },
      OutcomeSummary: 'Outcome of the goals',
      NoDepartments: 'There are no departments in the Departments list yet.'
    },
    Setup: {
      Title: 'The lists for development agreements are missing',
      OwnerMessage: 'The site does not have these lists yet: {0}. As the site owner you can create them now. It takes less than a minute and changes nothing else on the site.',
      OtherMessage: 'The site does not have the lists for development agreements yet. Ask the site owner to open this page and choose "Create lists", or ask IT to run the setup.',
      Create: 'Create lists',
      Creating: 'Creating lists …',
      Progress: '{0} steps done: {1}'
    },
    Errors: {
      Title: 'Something went wrong',
      Retry: 'Try again',
      Unexpected: 'An unexpected error occurred. Try again, and contact the site owner if it persists.',
      Kinds: {
        notFound: 'The item no longer exists. Someone may have deleted it.',
        conflict: 'Someone else changed the same thing while you were editing. Choose which value should apply.',
        throttled: 'SharePoint is busy right now. Wait a moment and try again.',
        forbidden: 'You do not have access to see or change this. Contact the site owner if you need access.',
        validation: 'SharePoint rejected the change because a value is not valid.',
        network: 'The connection to SharePoint failed. Check your connection and try again.',
        threshold: "The query hits SharePoint's 5,000 item limit. Contact IT so the list's index can be fixed."
      }
    },
    Host: {
      SharePoint: 'SharePoint',
      TeamsTab: 'Teams tab',
      TeamsPersonalApp: 'Teams app',
      Local: 'Local development page'
    },
    PropertyPane: {
      Description: 'Settings for Development agreements',
      DataGroup: 'Data',
      DataSiteUrlLabel: 'Data site (URL)',
      DataSiteUrlDescription: 'The site holding the lists. Empty: the current site. Required in the Teams app, which opens in the root site.',
      DataSiteUrlInvalid: 'Enter a full address starting with https://, e.g. https://municipality.sharepoint.com/sites/development',
      DisplayGroup: 'Display',
      DefaultViewLabel: 'Start view',
      DefaultDepartmentLabel: 'Default department (id)',
      DefaultDepartmentDescription: "The department shown first. Empty: the user's own department.",
      DefaultDepartmentInvalid: 'The department id must be a whole number greater than 0.',
      StageConfigurationLabel: 'Approval process',
      StageConfigurationDescription: 'The stages an agreement goes through from draft to approved and follow-up.'
    },
    Document: {
      Toolbar: 'Actions for the agreement document',
      Back: "Back to the department's agreement",
      Print: 'Print',
      DownloadDocx: 'Download as Word (.docx)',
      Downloading: 'Creating the Word file …',
      NotFoundTitle: 'The agreement does not exist',
      NotFound: "The agreement no longer exists, or the link is wrong. Go back to the department's agreement and open the document from there.",
      NotMarked: 'Not marked'
    }
  };
});
