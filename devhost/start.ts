// `npm start`: the emulator on a local data directory (seeded on first start), and the dev host
// page in front of it. Prints the page URL and one link per demo user.
import { parseFlags } from './args';
import { startSeededEmulator } from '../scripts/seed/startSeeded';
import { startDevhostServer } from './server';
import { devhostMunicipalities } from './users';

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const emulator = await startSeededEmulator(flags, flags.emulatorPort ?? 4331);
  const devhost = await startDevhostServer({ emulatorUrl: emulator.url, port: flags.port ?? 4330 });

  process.stdout.write(`\nUdviklingsaftaler kører lokalt: ${devhost.url}\n`);
  for (const municipality of devhostMunicipalities()) {
    process.stdout.write(`\n${municipality.title} (${emulator.url}${municipality.sitePath})\n`);
    for (const user of municipality.users) {
      process.stdout.write(`  ${user.role.padEnd(12)} ${devhost.url}?user=${encodeURIComponent(user.login)}\n`);
    }
  }

  const stop = async (): Promise<void> => {
    await devhost.close();
    await emulator.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
