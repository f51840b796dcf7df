// The emulator in a process of its own, so a test can kill it with SIGKILL mid-write.
import { startEmulator } from '../../../emulator';

const [dataDir] = process.argv.slice(2);
startEmulator({ port: 0, dataDir, sites: ['/sites/test'] }).then(
  (emulator) => process.stdout.write(`READY ${emulator.url}\n`),
  (error: unknown) => {
    process.stderr.write(String(error));
    process.exit(1);
  }
);
