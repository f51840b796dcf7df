// bench/compare.ts's command line and its servers' turns, apart so they can be tested without a browser.
import { resolve } from 'node:path';

export interface Args {
  runs: number;
  checkouts: [string, string];
}

export function parseArgs(argv: readonly string[]): Args {
  const rest = [...argv];
  let runs = 12;
  const at = rest.indexOf('--runs');
  if (at >= 0) {
    runs = Number(rest[at + 1]);
    rest.splice(at, 2);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of rounds, 1 or more');
  if (rest.length !== 2) throw new Error('Usage: npx tsx bench/compare.ts [--runs N] <checkout A> <checkout B>');
  return { runs, checkouts: [resolve(rest[0]), resolve(rest[1])] };
}

/** The servers' turns in round `round`: A, B, B, A, reversed every other round. */
export function turnOrder(round: number): number[] {
  const order = [0, 1, 2, 3];
  return round % 2 === 0 ? order : order.reverse();
}

