// Enough of BaseClientSideWebPart to run our web part's real onInit/render/onDispose in jsdom.
// Tests set `context` to a stand-in page context (and, for Teams, an sdks.microsoftTeams object).
export interface IMockWebPartContext {
  pageContext: { web: { absoluteUrl: string }; user: { loginName: string }; cultureInfo: { currentUICultureName: string } };
  sdks: { microsoftTeams?: { teamsJs: { app: { getContext(): Promise<unknown> } } } };
}

export class BaseClientSideWebPart<TProperties> {
  public properties: TProperties = {} as TProperties;
  public context: IMockWebPartContext = {
    pageContext: {
      web: { absoluteUrl: 'https://kommune.sharepoint.com/sites/udvikling' },
      user: { loginName: 'i:0#.f|membership|redaktoer@kommune.dk' },
      cultureInfo: { currentUICultureName: 'da-DK' }
    },
    sdks: {}
  };
  public domElement: HTMLElement = document.createElement('div');
  /** The component manifest SPFx loaded the web part from (its id is the Teams app's id too). */
  public manifest: { id: string; alias: string } = { id: '3f1c7a52-9d4e-4b8a-a6f0-5c2e9b1d7e43', alias: 'UdviklingsaftalerWebPart' };

  /** Each time the web part said its (asynchronous) render completed: the error, or null. */
  public renderCompletions: Array<Error | null> = [];

  protected async onInit(): Promise<void> {
    // The real base class sets up the service scope; nothing to do in tests.
  }

  protected renderCompleted(error?: Error): void {
    this.renderCompletions.push(error ?? null);
  }
}
