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
    Errors: {
      Title: 'Something went wrong',
      Retry: 'Try again',
      Unexpected: 'An unexpected error occurred. Try again, and contact the site owner if it persists.'
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
      DefaultDepartmentInvalid: 'The department id must be a whole number greater than 0.'
    }
  };
});
