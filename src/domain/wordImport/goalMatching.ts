// Which stored goal a goal of a corrected file is (issue 19): a numbered goal is its number's goal;
// an unnumbered one is found by content, so a goal inserted in the middle of the file does not
// shift the ones after it onto each other's items. Title first (the same title, then the most
// similar one), then the section text (a title corrected in the file), and only then the
// position the earlier import gave it. A goal matched keeps its item and ClientId; one that
// matches nothing is new. Pure: the service gives the stored goals and the ids.

export interface IncomingGoal {
  position: number;
  number?: number;
  title: string;
  /** The goal's own text (purpose, goal statement), for goals whose title was corrected. */
  text: string;
  /** The ClientId the earlier import gave a goal at this number (or, unnumbered, this position). */
  keyId: string;
}

export interface EarlierGoal {
  clientId: string;
  title: string;
  text: string;
}

/** Two titles with at least this share of words in common (Dice) are the same goal retitled. */
export const TITLE_SIMILARITY = 0.6;
/** Two goal texts with at least this share of words in common are the same goal. */
export const TEXT_SIMILARITY = 0.5;

const words = (text: string): Set<string> =>
  new Set(
    text
      .toLocaleLowerCase('da')
      .split(/[^a-z0-9æøå]+/)
      .filter((w) => w.length > 2)
  );

/** Dice coefficient of the two texts' word sets (0 when either has none). */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

const sameTitle = (a: string, b: string): boolean =>
  a.toLocaleLowerCase('da').replace(/\s+/g, ' ').trim() === b.toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();

/** Position -> the ClientId of the stored goal it is; positions left out are new goals. */
export function matchGoals(incoming: readonly IncomingGoal[], earlier: readonly EarlierGoal[]): Map<number, string> {
  const matched = new Map<number, string>();
  const taken = new Set<string>();
  const take = (goal: IncomingGoal, clientId: string): void => {
    matched.set(goal.position, clientId);
    taken.add(clientId);
  };
  // A number names its goal: the earlier import keyed numbered goals by number.
  for (const goal of incoming) {
    if (goal.number === undefined) continue;
    const same = earlier.find((e) => e.clientId === goal.keyId);
    if (same && !taken.has(same.clientId)) take(goal, same.clientId);
  }
  // Then by content, best pairs first, over every goal still open.
  const passes: Array<(g: IncomingGoal, e: EarlierGoal) => number> = [
    (g, e) => (sameTitle(g.title, e.title) ? 1 : 0),
    (g, e) => {
      const s = similarity(g.title, e.title);
      return s >= TITLE_SIMILARITY ? s : 0;
    },
    (g, e) => {
      const s = similarity(g.text, e.text);
      return s >= TEXT_SIMILARITY ? s : 0;
    }
  ];
  for (const score of passes) {
    const pairs: Array<{ goal: IncomingGoal; clientId: string; score: number }> = [];
    for (const goal of incoming) {
      if (matched.has(goal.position)) continue;
      for (const e of earlier) {
        if (taken.has(e.clientId)) continue;
        const s = score(goal, e);
        if (s > 0) pairs.push({ goal, clientId: e.clientId, score: s });
      }
    }
    pairs.sort((a, b) => b.score - a.score || a.goal.position - b.goal.position);
    for (const p of pairs) if (!matched.has(p.goal.position) && !taken.has(p.clientId)) take(p.goal, p.clientId);
  }
  // Last, the place the earlier import gave it, when that goal is still unclaimed.
  for (const goal of incoming) {
    if (matched.has(goal.position)) continue;
    const same = earlier.find((e) => e.clientId === goal.keyId);
    if (same && !taken.has(same.clientId)) take(goal, same.clientId);
  }
  return matched;
}
