import { createAppServices } from '../../../src/services/createAppServices';
import { SKANDERBORG_STAGES } from '../../../src/domain';
import { emulatorSp } from '../../../scripts/lib/nodeSp';
import { graphForUser } from '../../integration/helpers/emulator';
import type { Stack } from './stack';

/** Next year's DUS, made as the secretariat makes it ("Kopiér til næste år" in the DUS view): a
 * department can only create an agreement for a year that has its DUS (issue 16). */
export async function copyStrategyToNextYear(stack: Stack, sitePath: string, secretariat: string, sourceYear: number): Promise<number> {
  const services = createAppServices(emulatorSp(stack.emulator.siteUrl(sitePath), secretariat), {
    stageConfiguration: SKANDERBORG_STAGES,
    graph: graphForUser(stack.emulator.url, secretariat)
  });
  return services.strategyAdmin.copyToNextYear(sourceYear);
}
