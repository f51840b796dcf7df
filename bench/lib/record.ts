// Benchmarks record their results into one file, bench/results.md, each in its own marked section,
// so several benchmarks (and several developers) can rewrite their part without touching the others.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RESULTS_FILE = join(__dirname, '..', 'results.md');

const HEADER = '# Benchmark results\n\nWritten by the benchmarks in bench/ (`npm run bench`); medians of runs measured side by side in one process on this 2-core machine.\n';

export function replaceSection(document: string, sectionId: string, markdown: string): string {
  const start = `<!-- bench:${sectionId}:start -->`;
  const end = `<!-- bench:${sectionId}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from >= 0 && to > from) {
    return document.slice(0, from) + block + document.slice(to + end.length);
  }
  return `${document.trimEnd()}\n\n${block}\n`;
}

export function recordSection(sectionId: string, markdown: string, file: string = RESULTS_FILE): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  writeFileSync(file, replaceSection(current, sectionId, markdown));
}

/** Median, min and max of a sample, for the tables every benchmark writes. */
export function summarize(samples: number[]): { median: number; min: number; max: number; n: number } {
  if (samples.length === 0) throw new Error('summarize: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}
