import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as strings from 'UdviklingsaftalerWebPartStrings';
import { App } from './components/App/App';
import { isViewKey, startView, type HostKind } from './hostKind';
import { buildPropertyPane, validateDataSiteUrl, type IUdviklingsaftalerWebPartProps } from './propertyPane';

/**
 * Thin on purpose: detect the host, resolve the data site, render the one root component.
 * Everything that talks to SharePoint is built from the data site URL and handed down.
 */
export default class UdviklingsaftalerWebPart extends BaseClientSideWebPart<IUdviklingsaftalerWebPartProps> {
  private host: HostKind = 'sharePoint';

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.host = await this.detectHost();
  }

  public render(): void {
    const configuredView = isViewKey(this.properties.defaultView) ? this.properties.defaultView : undefined;
    ReactDom.render(
      React.createElement(App, {
        strings,
        host: this.host,
        dataSiteUrl: this.dataSiteUrl(),
        startView: startView(this.host, configuredView)
      }),
      this.domElement
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return buildPropertyPane(strings);
  }

  /** A Teams personal app loads in the tenant root site, so the configured site wins over the current one. */
  private dataSiteUrl(): string {
    const configured = (this.properties.dataSiteUrl ?? '').trim();
    if (configured !== '' && validateDataSiteUrl(configured, strings) === '') {
      return configured.replace(/\/+$/, '');
    }
    return this.context.pageContext.web.absoluteUrl;
  }

  private async detectHost(): Promise<HostKind> {
    const teams = this.context.sdks.microsoftTeams;
    if (!teams) return 'sharePoint';
    const context = await teams.teamsJs.app.getContext();
    return context.page.frameContext === 'content' && !context.channel && !context.chat && !context.team ? 'teamsPersonalApp' : 'teamsTab';
  }
}
