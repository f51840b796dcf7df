// The schema the web part reads at run time: eleven lists (fullSchema.ts adds the lists only lazy
// chunks read, for provisioning, the docs and the PnP template), the five groups and the "Kun tilføj" permission level, as one value.
import { DEFAULT_STAGE_CONFIGURATIONS, type StageConfiguration } from '../../domain';
import { DEPARTMENTS, REQUIREMENTS, STRATEGIES, TRACKS } from './listsFrame';
import { agreementsList, goalsList } from './listsWork';
import { APPROVAL_LOG } from './listApprovalLog';
import { REMINDERS } from './listReminders';
import { SETTINGS } from './listSettings';
import { CHECK_INS, DIALOGUES } from './listFollowUp';
import type { GroupDef, ListDef, ListKey, RoleDefinitionDef, Schema } from './types';

export const SCHEMA_VERSION = 1;

export const GROUPS: readonly GroupDef[] = [
  { key: 'readers', title: 'Udviklingsaftaler - Læsere', description: 'Medarbejdere: læser aftaler og mål.' },
  { key: 'editors', title: 'Udviklingsaftaler - Redaktører', description: 'Skriver aftaler og mål for deres enhed og sender dem videre.' },
  { key: 'leaders', title: 'Udviklingsaftaler - Ledergruppe', description: 'Ledergruppen: godkender eller sender retur i ledergruppe-fasen.' },
  { key: 'approvers', title: 'Udviklingsaftaler - Godkendere', description: 'LMU-sekretær og direktion: registrerer høringer, godkender og sender retur.' },
  {
    key: 'secretariat',
    title: 'Udviklingsaftaler - Sekretariat',
    description: 'Byråds- og Direktionssekretariatet: fastlægger årets DUS og følger op på tværs.'
  }
];

/** PnPjs PermissionKind numbers: ViewListItems 1, AddListItems 2, OpenItems 6, ViewVersions 7,
 * ViewFormPages 13, Open 17, ViewPages 18, BrowseUserInfo 28, UseClientIntegration 37,
 * UseRemoteAPIs 38, CreateAlerts 40. No EditListItems (3) and no DeleteListItems (4). */
export const ADD_ONLY_ROLE: RoleDefinitionDef = {
  key: 'addOnly',
  name: 'Kun tilføj',
  description: 'Kan se og tilføje elementer, men ikke redigere eller slette dem (godkendelsesloggen).',
  permissions: [1, 2, 6, 7, 13, 17, 18, 28, 37, 38, 40]
};

/** SharePoint's BasePermissions {High, Low} for a set of PermissionKind numbers. */
export function basePermissions(kinds: readonly number[]): { High: number; Low: number } {
  let high = 0;
  let low = 0;
  for (const kind of kinds) {
    const bit = kind - 1;
    if (bit < 32) {
      low = (low | (1 << bit)) >>> 0;
    } else {
      high = (high | (1 << (bit - 32))) >>> 0;
    }
  }
  return { High: high, Low: low };
}

/** Stage labels of all the given configurations, first occurrence first. */
export function stageLabelsOf(configurations: readonly StageConfiguration[]): string[] {
  const labels: string[] = [];
  for (const config of configurations) {
    for (const stage of config.stages) {
      if (!labels.includes(stage.label)) {
        labels.push(stage.label);
      }
    }
  }
  return labels;
}

/** Lists in creation order: a lookup's target comes before the list that points at it. */
export function createSchema(configurations: readonly StageConfiguration[] = DEFAULT_STAGE_CONFIGURATIONS): Schema {
  const stageLabels = stageLabelsOf(configurations);
  return {
    version: SCHEMA_VERSION,
    lists: [
      STRATEGIES,
      TRACKS,
      REQUIREMENTS,
      DEPARTMENTS,
      agreementsList(stageLabels),
      goalsList(stageLabels),
      APPROVAL_LOG,
      REMINDERS,
      SETTINGS,
      CHECK_INS,
      DIALOGUES
    ],
    groups: GROUPS,
    roleDefinition: ADD_ONLY_ROLE
  };
}

/** The schema for the default configurations (Skanderborg and Albertslund). */
export const SCHEMA: Schema = createSchema();

export function listDef(schema: Schema, key: ListKey): ListDef {
  const list = schema.lists.find((l) => l.key === key);
  if (!list) {
    throw new Error(`The schema has no list "${key}".`);
  }
  return list;
}
