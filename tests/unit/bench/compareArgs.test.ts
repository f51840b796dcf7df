import { resolve } from 'node:path';
import { countOption, parseArgs, turnOrder } from '../../../bench/lib/compareArgs';

describe('bench/compare.ts command line', () => {
  it('takes two checkouts, resolved, and 12 rounds unless told', () => {
    expect(parseArgs(['../a', 'b'])).toEqual({ runs: 12, checkouts: [resolve('../a'), resolve('b')] });
    expect(parseArgs(['--runs', '5', 'a', 'b']).runs).toBe(5);
    expect(parseArgs(['a', '--runs', '3', 'b'])).toEqual({ runs: 3, checkouts: [resolve('a'), resolve('b')] });
  });

  it('refuses anything else with the usage', () => {
    expect(() => parseArgs(['a'])).toThrow('Usage');
    expect(() => parseArgs(['a', 'b', 'c'])).toThrow('Usage');
    expect(() => parseArgs(['--runs', '0', 'a', 'b'])).toThrow('whole number');
    expect(() => parseArgs(['--runs', 'x', 'a', 'b'])).toThrow('whole number');
  });
});

describe('the servers’ turns', () => {
  it('go A, B, B, A and back, so each checkout goes first and last equally often', () => {
    expect(turnOrder(0)).toEqual([0, 1, 2, 3]);
    expect(turnOrder(1)).toEqual([3, 2, 1, 0]);
    // Over two rounds each server takes each position once.
    const positions = [0, 1, 2, 3].map((server) => [turnOrder(0).indexOf(server), turnOrder(1).indexOf(server)].sort());
    expect(positions.map((p) => p[0] + p[1])).toEqual([3, 3, 3, 3]);
  });
});

describe('a count on the command line (bench/profile.ts reads --runs and --top so)', () => {
  it('takes the number out of the arguments, or the fallback', () => {
    const args = ['--top', '7', '--minified'];
    expect(countOption(args, '--top', 25, 'rows')).toBe(7);
    expect(args).toEqual(['--minified']);
    expect(countOption(args, '--runs', 5, 'runs')).toBe(5);
  });

  it('refuses anything but a whole number, 1 or more', () => {
    expect(() => countOption(['--top', '0'], '--top', 25, 'rows')).toThrow('--top takes a whole number of rows, 1 or more');
    expect(() => countOption(['--top', '2.5'], '--top', 25, 'rows')).toThrow('whole number');
  });
});
