// Self time out of V8's CPU profiles (the Profiler domain's `Profile`: nodes, samples and the time
// between samples), summed over several profiles by script and by function: what bench/profile.ts
// prints. A sample's time is the gap to the next sample, as DevTools counts it.
import type { Protocol } from 'playwright-core/types/protocol';

export interface ProfileTotals {
  profiles: number;
  /** All sampled time, idle included (ms). */
  totalMs: number;
  /** By the script's file name, or V8's own label ("(program)", "(garbage collector)", "(idle)"). */
  byScript: Map<string, number>;
  /** By "function file:line" (line 1-based). */
  byFunction: Map<string, number>;
}

function fileOf(url: string): string {
  return url.replace(/[?#].*$/, '').replace(/^.*\//, '');
}

export function selfTimes(profiles: readonly Protocol.Profiler.Profile[]): ProfileTotals {
  const totals: ProfileTotals = { profiles: profiles.length, totalMs: 0, byScript: new Map(), byFunction: new Map() };
  const add = (map: Map<string, number>, key: string, ms: number): void => {
    map.set(key, (map.get(key) ?? 0) + ms);
  };
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    let at = profile.startTime;
    for (let i = 0; i < samples.length; i++) {
      at += deltas[i] ?? 0;
      // timeDeltas[i] is the time from the previous sample to sample i; the last sample runs to the end.
      const nextMicros = i + 1 < deltas.length ? deltas[i + 1] : profile.endTime - at;
      const ms = Math.max(0, nextMicros) / 1000;
      const frame = nodes.get(samples[i])?.callFrame;
      if (!frame) continue;
      const file = fileOf(frame.url);
      const name = frame.functionName || '(anonymous)';
      totals.totalMs += ms;
      add(totals.byScript, file || name, ms);
      add(totals.byFunction, file ? `${name} ${file}:${frame.lineNumber + 1}` : name, ms);
    }
  }
  return totals;
}
