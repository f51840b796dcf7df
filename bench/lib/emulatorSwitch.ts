// One address in front of several emulators, passing each request to the one chosen now. The
// first-render benchmark keeps an emulator per size of the lists (seed only, 20,000 goals, and
// 100,000 check-ins besides) and measures them in turn within each round: the pages point at this
// address and never know which one answers. Measured one size after the other instead, minutes
// apart, the sizes' medians differed as much by the machine's moment as by the lists (issue 21).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { proxyToEmulator } from '../../devhost/server';

export interface EmulatorSwitch {
  url: string;
  /** The emulator that answers from now on. */
  use(emulatorUrl: string): void;
  close(): Promise<void>;
}

export async function startEmulatorSwitch(emulatorUrl: string): Promise<EmulatorSwitch> {
  let current = emulatorUrl;
  const server: Server = createServer((req, res) => proxyToEmulator(req, res, current));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    use: (next) => {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        // The pages' servers keep their sockets to it open (keep-alive): close them with it.
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
