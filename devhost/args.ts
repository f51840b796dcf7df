// Minimal flag parsing shared by `npm start` and `npm run emulator` (no dependency for four flags).
export interface CliFlags {
  port?: number;
  emulatorPort?: number;
  data?: string;
  reset: boolean;
  latency?: number;
}

export function parseFlags(argv: string[]): CliFlags {
  const flags: CliFlags = { reset: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} mangler en værdi`);
      i += 1;
      return next;
    };
    const number = (): number => {
      const raw = value();
      const parsed = Number(raw);
      if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${arg} skal være et helt tal, ikke "${raw}"`);
      return parsed;
    };
    if (arg === '--port') flags.port = number();
    else if (arg === '--emulator-port') flags.emulatorPort = number();
    else if (arg === '--data') flags.data = value();
    else if (arg === '--latency') flags.latency = number();
    else if (arg === '--reset') flags.reset = true;
    else throw new Error(`Ukendt flag: ${arg}`);
  }
  return flags;
}
