// The ClientIds of goals the Word import makes (issue 19), from derivedClientId like every derived
// id (clientId.ts). A module of its own so that only the lazy 'word-import-view' chunk and the CLI
// carry it, not the main bundle that clientId.ts is part of.
import { derivedClientId } from './clientId';

/**
 * A goal made by the Word import (issue 19), named by what the file says rather than its bytes:
 * the document's title, the department and year it is saved under, and the goal's place in it (its
 * printed number, else its position). Importing the same file again, or pressing Gem twice, finds
 * the same goals; a corrected file with the same title updates them instead of adding new ones.
 */
export function importedGoalClientId(documentTitle: string, departmentId: number, year: number, goal: { number?: number; position: number }): string {
  const title = documentTitle.toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();
  return derivedClientId('word-import', title, departmentId, year, goal.number !== undefined ? `n${goal.number}` : `p${goal.position}`);
}

/** A goal of a corrected file that matches none the earlier import made (goalMatching.ts): named
 * by its title, so a second press finds the first one's item, never by its place in the file. */
export function importedNewGoalClientId(documentTitle: string, departmentId: number, year: number, goalTitle: string, occurrence: number): string {
  const key = (s: string): string => s.toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();
  return derivedClientId('word-import-new', key(documentTitle), departmentId, year, key(goalTitle), occurrence);
}
