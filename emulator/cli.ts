// `npm run emulator -- --port P --data DIR [--reset] [--latency MS]`: the emulator alone. On an
// empty data directory it creates the lists with the product's provisioning and loads the seed
// documents through the product's repositories, then prints each site's URL.
import { parseFlags } from '../devhost/args';
import { startSeededEmulator } from '../scripts/seed/startSeeded';

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const emulator = await startSeededEmulator(flags, flags.port ?? 4331);
  for (const path of ['/sites/skanderborg', '/sites/albertslund']) process.stdout.write(`${emulator.siteUrl(path)}\n`);
  const stop = (): void => void emulator.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
