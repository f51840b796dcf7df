import type { EvidenceItem } from '../../src/domain/types';

/** Evidence lines ("Dokumentation"), not delivered: the 2016-17 plan is not yet followed up. The
 * 2015 follow-up reads each item's delivered state from its note (followUpReading.ts). */
export function evidence(...texts: string[]): EvidenceItem[] {
  return texts.map((text) => ({ text, delivered: false }));
}
