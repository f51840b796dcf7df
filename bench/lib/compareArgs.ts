// bench/compare.ts's command line and its servers' turns, apart so they can be tested without a browser;
// bench/profile.ts reads its counts the same way.
import { resolve } from 'node:path';

export interface Args {
  runs: number;
  checkouts: [string, string];
}

/** `<name> N` taken out of `args` (a whole number, 1 or more), or `fallback` when it is not there. */
export function countOption(args: string[], name: string, fallback: number, unit: string): number {
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (at >= 0) args.splice(at, 2);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number of ${unit}, 1 or more`);
  return value;
}

export function parseArgs(argv: readonly string[]): Args {
  const rest = [...argv];
  const runs = countOption(rest, '--runs', 12, 'rounds');
  if (rest.length !== 2) throw new Error('Usage: npx tsx bench/compare.ts [--runs N] <checkout A> <checkout B>');
  return { runs, checkouts: [resolve(rest[0]), resolve(rest[1])] };
}

/** The servers' turns in round `round`: A, B, B, A, reversed every other round. */
export function turnOrder(round: number): number[] {
  const order = [0, 1, 2, 3];
  return round % 2 === 0 ? order : order.reverse();
}

