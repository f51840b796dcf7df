// Hash routes, so a view is addressable the same way on a SharePoint page, in a Teams tab and in
// the dev host (none of which lets a web part own the path): #/afdeling/12/2023, #/dokument/7 …
export type Route =
  | { view: 'afdeling'; departmentId?: number; year?: number }
  | { view: 'maal'; goalId: number }
  | { view: 'status'; goalId: number }
  | { view: 'nyt-maal'; agreementId: number }
  | { view: 'dokument'; agreementId: number }
  | { view: 'aftale'; agreementId: number }
  | { view: 'opfoelgning'; agreementId: number }
  | { view: 'overblik'; year?: number }
  | { view: 'dus'; year?: number }
  | { view: 'opgaver' }
  // The property pane's start views "Opfølgning" and "Dokument": that view of the configured
  // department's agreement of the year, found when shown. Only ever a start route (no hash of its own).
  | { view: 'start'; target: 'opfoelgning' | 'dokument' }
  /** "Importér fra Word" (issue 19), for the department and year it was opened from. */
  | { view: 'importer'; departmentId?: number; year?: number }
  // A hash that names no view (mistyped, cut off, or not valid percent-encoding): the app says so
  // and offers the way home instead of guessing. Never produced by parseRoute.
  | { view: 'notFound'; hash: string };

function positiveInt(text: string | undefined): number | undefined {
  if (text === undefined || !/^[1-9][0-9]{0,9}$/.test(text)) return undefined;
  return Number(text);
}

/** decodeURIComponent throws URIError on malformed escapes ("%", "%E0%A4%A"); a route that
 * cannot be decoded is no route. */
function decodePart(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** Whether the hash names no route at all (the page was opened without one): the start view. */
/** The department and year of the department view a route names, when it names both: what the
 * hosts' boot can read (firstReads.ts) and paint (screenCopy.ts) before the app has loaded. */
export function routedView(route: Route | undefined): { departmentId: number; year: number } | undefined {
  return route?.view === 'afdeling' && route.departmentId !== undefined && route.year !== undefined
    ? { departmentId: route.departmentId, year: route.year }
    : undefined;
}

export function isEmptyHash(hash: string): boolean {
  return /^#?\/?$/.test(hash);
}

/** Unknown or malformed hashes give undefined (never an exception); the caller decides. */
export function parseRoute(hash: string): Route | undefined {
  const decoded = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((p) => p !== '')
    .map(decodePart);
  if (decoded.some((p) => p === undefined)) return undefined;
  const parts = decoded as string[];
  const [view, first, second] = parts;
  switch (view) {
    case 'afdeling':
    case 'importer':
      return { view, departmentId: positiveInt(first), year: positiveInt(second) };
    case 'maal':
    case 'status': {
      const goalId = positiveInt(first);
      return goalId ? { view, goalId } : undefined;
    }
    case 'dokument':
    case 'aftale':
    case 'nyt-maal':
    case 'opfoelgning': {
      const agreementId = positiveInt(first);
      return agreementId ? { view, agreementId } : undefined;
    }
    case 'overblik':
    case 'dus':
      return { view, year: positiveInt(first) };
    case 'opgaver':
      return { view };
    default:
      return undefined;
  }
}

export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'afdeling':
    case 'importer':
      return ['#', route.view, route.departmentId, route.departmentId ? route.year : undefined].filter((p) => p !== undefined).join('/');
    case 'maal':
    case 'status':
      return `#/${route.view}/${route.goalId}`;
    case 'dokument':
    case 'aftale':
    case 'nyt-maal':
    case 'opfoelgning':
      return `#/${route.view}/${route.agreementId}`;
    case 'overblik':
    case 'dus':
      return route.year ? `#/${route.view}/${route.year}` : `#/${route.view}`;
    case 'opgaver':
      return '#/opgaver';
    case 'notFound':
      return route.hash;
    case 'start':
      // The empty hash shows the start view.
      return '#/';
  }
}
