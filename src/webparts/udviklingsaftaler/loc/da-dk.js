define([], function () {
  return {
    App: {
      Title: 'Udviklingsaftaler',
      Subtitle: 'Årets udviklingsaftaler og mål, koblet til direktionens udviklingsspor (DUS)',
      Loading: 'Indlæser …',
      NavigationLabel: 'Visninger'
    },
    Views: {
      Department: 'Afdelingens aftale',
      Goal: 'Mål',
      Tasks: 'Mine opgaver',
      Overview: 'Overblik',
      FollowUp: 'Opfølgning',
      Strategy: 'DUS',
      Document: 'Dokument'
    },
    Empty: {
      Title: 'Her er endnu ingen udviklingsaftale',
      NoDataSite: 'Webdelen er ikke forbundet til et websted med lister. Bed webstedets ejer om at angive datawebstedet i webdelens egenskaber.',
      NoAgreementEmployee: 'Din afdeling har endnu ikke en udviklingsaftale for året. Den vises her, når afdelingens leder har oprettet den.',
      NoAgreementLeader: 'Afdelingen har endnu ikke en udviklingsaftale for året. Opret årets aftale for at komme i gang.'
    },
    Errors: {
      Title: 'Noget gik galt',
      Retry: 'Prøv igen',
      Unexpected: 'Der opstod en uventet fejl. Prøv igen, og kontakt webstedets ejer, hvis fejlen bliver ved.'
    },
    Host: {
      SharePoint: 'SharePoint',
      TeamsTab: 'Teams-fane',
      TeamsPersonalApp: 'Teams-app',
      Local: 'Lokal udviklingsside'
    },
    PropertyPane: {
      Description: 'Indstillinger for Udviklingsaftaler',
      DataGroup: 'Data',
      DataSiteUrlLabel: 'Datawebsted (URL)',
      DataSiteUrlDescription: 'Webstedet med listerne. Tomt: det aktuelle websted. I Teams-appen skal det angives, fordi appen åbner i rodwebstedet.',
      DataSiteUrlInvalid: 'Angiv en fuld adresse, der begynder med https://, fx https://kommune.sharepoint.com/sites/udvikling',
      DisplayGroup: 'Visning',
      DefaultViewLabel: 'Startvisning',
      DefaultDepartmentLabel: 'Standardafdeling (id)',
      DefaultDepartmentDescription: 'Afdelingen, der vises først. Tomt: brugerens egen afdeling.',
      DefaultDepartmentInvalid: 'Afdelingens id skal være et helt tal større end 0.'
    }
  };
});
