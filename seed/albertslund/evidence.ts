import type { EvidenceItem } from '../../src/domain/types';

/** Evidence lines ("Dokumentation"). The plan does not say per line which were delivered (the
 * 2015 follow-up speaks of the goal as a whole), so every line starts as not delivered. */
export function evidence(...texts: string[]): EvidenceItem[] {
  return texts.map((text) => ({ text, delivered: false }));
}
