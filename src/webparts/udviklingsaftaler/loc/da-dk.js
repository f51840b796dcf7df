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
    Department: {
      DepartmentLabel: 'Afdeling',
      YearLabel: 'År',
      Stage: 'Status',
      CoreTask: 'Kerneopgave',
      Intro: 'Indledning',
      ShowIntro: 'Vis indledning',
      HideIntro: 'Skjul indledning',
      Policies: 'Byrådets politikker',
      Goals: 'Udviklingsmål',
      GoalNumber: 'Mål {0}',
      NoGoals: 'Aftalen har endnu ingen udviklingsmål.',
      NoGoalsMatch: 'Ingen mål passer til filtrene.',
      Matrix: 'Udgangspunkt for målene',
      MatrixCaption: 'Målene (rækker) og de udviklingsspor, temaer og politikker, de tager udgangspunkt i (kolonner). X markerer et udgangspunkt.',
      MatrixGoalColumn: 'Mål',
      MatrixPolicies: 'Andet',
      Marked: 'X',
      NotMarked: 'Ikke markeret',
      Requirements: 'Krav til aftalen',
      RequirementCovered: 'Dækket',
      RequirementMissing: 'Mangler',
      RequirementAppliesToGoal: 'Gælder hvert mål',
      NoRequirements: 'Årets DUS stiller ingen krav til aftalerne.',
      CoveredBy: 'Dækket af',
      Filters: 'Filtre',
      FilterTrack: 'Udviklingsspor',
      FilterStage: 'Status',
      FilterAll: 'Alle',
      Search: 'Søg i målenes titler',
      SharedGoal: 'Fællesmål',
      Outcome: 'Opfølgning',
      NoOutcome: 'Ingen opfølgning endnu',
      Unverified: 'Ikke verificeret',
      TrackKinds: { track: 'Udviklingsspor', theme: 'Tværgående tema', focusArea: 'Indsatsområde' },
      Outcomes: { achieved: 'Nået', partlyAchieved: 'Delvist nået', notAchieved: 'Ikke nået', changed: 'Ændret', dropped: 'Bortfaldet', continued: 'Videreføres' },
      OutcomeSummary: 'Opfølgning på målene',
      NoDepartments: 'Der er endnu ingen afdelinger i listen Afdelinger.'
    },
    Setup: {
      Title: 'Listerne til udviklingsaftaler mangler',
      OwnerMessage: 'Webstedet har endnu ikke disse lister: {0}. Som webstedets ejer kan du oprette dem nu. Det tager under et minut, og intet andet på webstedet ændres.',
      OtherMessage: 'Webstedet har endnu ikke listerne til udviklingsaftaler. Bed webstedets ejer om at åbne denne side og vælge "Opret lister", eller bed IT om at køre opsætningen.',
      Create: 'Opret lister',
      Creating: 'Opretter lister …',
      Progress: '{0} trin udført: {1}'
    },
    Errors: {
      Title: 'Noget gik galt',
      Retry: 'Prøv igen',
      Unexpected: 'Der opstod en uventet fejl. Prøv igen, og kontakt webstedets ejer, hvis fejlen bliver ved.',
      Kinds: {
        notFound: 'Elementet findes ikke længere. Det kan være slettet af en anden.',
        conflict: 'En anden har ændret det samme, mens du redigerede. Vælg hvilken værdi der skal gælde.',
        throttled: 'SharePoint er travlt optaget lige nu. Vent et øjeblik, og prøv igen.',
        forbidden: 'Du har ikke adgang til at se eller ændre dette. Kontakt webstedets ejer, hvis du skal have adgang.',
        validation: 'SharePoint afviste ændringen, fordi en værdi ikke er gyldig.',
        network: 'Forbindelsen til SharePoint svigtede. Tjek din forbindelse, og prøv igen.',
        threshold: 'Forespørgslen rammer SharePoints grænse på 5.000 elementer. Kontakt IT, så listens indeks kan blive rettet.'
      }
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
      DefaultDepartmentInvalid: 'Afdelingens id skal være et helt tal større end 0.',
      StageConfigurationLabel: 'Godkendelsesforløb',
      StageConfigurationDescription: 'Trinene en aftale går igennem fra kladde til godkendt og opfølgning.'
    },
    Document: {
      Toolbar: 'Handlinger for aftaledokumentet',
      Back: 'Tilbage til afdelingens aftale',
      Print: 'Udskriv',
      DownloadDocx: 'Hent som Word (.docx)',
      Downloading: 'Laver Word-filen …',
      NotFoundTitle: 'Aftalen findes ikke',
      NotFound: 'Aftalen findes ikke længere, eller linket er forkert. Gå tilbage til afdelingens aftale, og åbn dokumentet derfra.',
      NotMarked: 'Ikke markeret'
    }
  };
});
