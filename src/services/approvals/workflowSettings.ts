// The site's own workflow settings (Settings list): the stage configuration the secretariat keeps
// and whether e-mails are sent. A site without the list or the item uses the property pane's
// configuration; a broken value is reported in Danish and the default is used meanwhile.
import type { StageConfiguration } from '../../domain';
import { parseStageConfiguration } from '../../domain/stageConfigurationJson';
import { isDataError } from '../../data/errors/DataError';
import type { SettingsRepository } from '../../data/repositories/settingsRepository';
import type { SiteWorkflow } from './approvalTypes';

export const STAGE_CONFIGURATION_KEY = 'stageConfiguration';
export const NOTIFICATIONS_KEY = 'notifications';

async function settingsOrNone(repo: SettingsRepository): Promise<Map<string, string>> {
  try {
    return await repo.settings([STAGE_CONFIGURATION_KEY, NOTIFICATIONS_KEY]);
  } catch (e) {
    // A site provisioned before the Settings list existed has no settings: the defaults apply.
    if (isDataError(e) && e.kind === 'notFound') return new Map();
    throw e;
  }
}

export function notificationsEnabled(json: string | undefined): { enabled: boolean; problem?: string } {
  if (json === undefined) return { enabled: true };
  try {
    const value = JSON.parse(json) as { enabled?: unknown };
    if (typeof value === 'object' && value !== null && typeof value.enabled === 'boolean') return { enabled: value.enabled };
  } catch {
    // Reported below like any other malformed value.
  }
  return { enabled: true, problem: 'Indstillingen for mails skal være {"enabled": true} eller {"enabled": false}; der sendes mails indtil den er rettet.' };
}

export async function loadWorkflow(repo: SettingsRepository, fallback: StageConfiguration): Promise<SiteWorkflow> {
  const values = await settingsOrNone(repo);
  const configJson = values.get(STAGE_CONFIGURATION_KEY);
  const notificationsJson = values.get(NOTIFICATIONS_KEY);
  const problems: string[] = [];
  let config = fallback;
  if (configJson !== undefined) {
    const parsed = parseStageConfiguration(configJson);
    if (parsed.ok) config = parsed.config;
    else problems.push(`Webstedets arbejdsgang kan ikke bruges, så standarden for ${fallback.title} gælder: ${parsed.problems.join(' ')}`);
  }
  const mails = notificationsEnabled(notificationsJson);
  if (mails.problem !== undefined) problems.push(mails.problem);
  return { config, problems, notificationsEnabled: mails.enabled };
}
