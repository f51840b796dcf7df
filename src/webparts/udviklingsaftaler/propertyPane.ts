import { PropertyPaneDropdown, PropertyPaneTextField, type IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { VIEW_KEYS, type ViewKey } from './hostKind';
import { DEFAULT_STAGE_CONFIGURATIONS } from '../../domain/stageConfigurations';

export interface IUdviklingsaftalerWebPartProps {
  dataSiteUrl: string;
  defaultView: ViewKey;
  defaultDepartmentId: string;
  /** Key of a stage configuration (until issue 7 keeps the configuration on the data site). */
  stageConfigurationKey: string;
  /**
   * The id the Teams app has in the organisation's app catalog. An app uploaded there (rather than
   * synced from the .sppkg with its manifest id) gets a new id, and Teams deep links must name the
   * app by that id: Microsoft Learn, "Deep link to an application", table "App ID for different
   * types of apps" (custom app uploaded in Teams: the manifest id; app submitted to the org
   * catalog: the org catalog id shown in the Teams admin center), at
   * https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application.
   * Empty: the manifest id.
   */
  teamsAppId: string;
}

/** Returns '' when valid, else the Danish (or current locale) message shown under the field. */
export function validateDataSiteUrl(value: string, strings: IUdviklingsaftalerStrings): string {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return '';
  return /^https:\/\/[^\s/]+(\/[^\s]*)?$/i.test(trimmed) ? '' : strings.PropertyPane.DataSiteUrlInvalid;
}

export function validateDepartmentId(value: string, strings: IUdviklingsaftalerStrings): string {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return '';
  return /^[1-9][0-9]*$/.test(trimmed) ? '' : strings.PropertyPane.DefaultDepartmentInvalid;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateTeamsAppId(value: string, strings: IUdviklingsaftalerStrings): string {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return '';
  return GUID.test(trimmed) ? '' : strings.PropertyPane.TeamsAppIdInvalid;
}

/** The app id Teams deep links use: the configured catalog id when it is a GUID, else the manifest's. */
export function resolveTeamsAppId(configured: string | undefined, manifestId: string): string {
  const trimmed = (configured ?? '').trim();
  return trimmed !== '' && GUID.test(trimmed) ? trimmed.toLowerCase() : manifestId;
}

export function viewLabel(view: ViewKey, strings: IUdviklingsaftalerStrings): string {
  const labels: Record<ViewKey, string> = {
    afdeling: strings.Views.Department,
    opgaver: strings.Views.Tasks,
    overblik: strings.Views.Overview,
    opfoelgning: strings.Views.FollowUp,
    dus: strings.Views.Strategy,
    dokument: strings.Views.Document
  };
  return labels[view];
}

export function buildPropertyPane(strings: IUdviklingsaftalerStrings): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPane.Description },
        groups: [
          {
            groupName: strings.PropertyPane.DataGroup,
            groupFields: [
              PropertyPaneTextField('dataSiteUrl', {
                label: strings.PropertyPane.DataSiteUrlLabel,
                description: strings.PropertyPane.DataSiteUrlDescription,
                onGetErrorMessage: (value: string) => validateDataSiteUrl(value, strings),
                deferredValidationTime: 500
              }),
              PropertyPaneTextField('teamsAppId', {
                label: strings.PropertyPane.TeamsAppIdLabel,
                description: strings.PropertyPane.TeamsAppIdDescription,
                onGetErrorMessage: (value: string) => validateTeamsAppId(value, strings),
                deferredValidationTime: 500
              })
            ]
          },
          {
            groupName: strings.PropertyPane.DisplayGroup,
            groupFields: [
              PropertyPaneDropdown('defaultView', {
                label: strings.PropertyPane.DefaultViewLabel,
                options: VIEW_KEYS.map((key) => ({ key, text: viewLabel(key, strings) }))
              }),
              PropertyPaneDropdown('stageConfigurationKey', {
                label: strings.PropertyPane.StageConfigurationLabel,
                options: DEFAULT_STAGE_CONFIGURATIONS.map((c) => ({ key: c.key, text: c.title }))
              }),
              PropertyPaneTextField('defaultDepartmentId', {
                label: strings.PropertyPane.DefaultDepartmentLabel,
                description: strings.PropertyPane.DefaultDepartmentDescription,
                onGetErrorMessage: (value: string) => validateDepartmentId(value, strings)
              })
            ]
          }
        ]
      }
    ]
  };
}
