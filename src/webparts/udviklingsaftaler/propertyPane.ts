import { PropertyPaneDropdown, PropertyPaneTextField, type IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { VIEW_KEYS, type ViewKey } from './hostKind';
import { DEFAULT_STAGE_CONFIGURATIONS } from '../../domain/stageConfigurations';

export interface IUdviklingsaftalerWebPartProps {
  dataSiteUrl: string;
  defaultView: ViewKey;
  defaultDepartmentId: string;
  /** Key of a stage configuration (until issue 7 keeps the configuration on the data site). */
  stageConfigurationKey: string;
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
