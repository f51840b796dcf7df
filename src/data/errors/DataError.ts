// One typed error model for everything the data layer can fail with. The UI switches on `kind`
// and shows `message` (Danish) in a MessageBar; `cause` keeps the original error for logging.
import type { FieldProblem } from '../../domain/validationResult';

/** damaged: the app itself refused to write a field it could not read (domain/damage.ts); nothing
 * was sent to SharePoint. */
export type DataErrorKind = 'notFound' | 'conflict' | 'throttled' | 'forbidden' | 'validation' | 'network' | 'threshold' | 'duplicate' | 'damaged';

/** One field that both I and someone else changed since I read the item. */
export interface FieldConflict {
  /** Internal field name in the list. */
  field: string;
  /** The value I read before editing. */
  base: unknown;
  /** The value I tried to save. */
  mine: unknown;
  /** The value someone else saved in the meantime. */
  theirs: unknown;
}

export interface DataErrorOptions {
  cause?: unknown;
  /** HTTP status, where the error came from a response. */
  status?: number;
  /** For conflicts: the fields that both sides changed. */
  conflicts?: FieldConflict[];
  /** For conflicts: the server's current ETag, so the UI can save a resolution against it. */
  currentETag?: string;
  /** For throttling: how long the server asked us to wait, in milliseconds. */
  retryAfterMs?: number;
  /** A technical detail for logs (the server's own message); never shown as the user message. */
  detail?: string;
  /** For a service's own refusal: the domain's problems, which the UI says in the user's language. */
  problems?: readonly FieldProblem[];
  /** For 'damaged': the domain fields that could not be read and so are not written. */
  fields?: string[];
}

const MESSAGES: Record<DataErrorKind, string> = {
  notFound: 'Elementet findes ikke længere. Det kan være slettet af en anden.',
  conflict: 'En anden har ændret det samme, mens du redigerede. Vælg hvilken værdi der skal gælde.',
  throttled: 'SharePoint er travlt optaget lige nu. Vent et øjeblik, og prøv igen.',
  forbidden: 'Du har ikke adgang til at se eller ændre dette.',
  validation: 'SharePoint afviste ændringen, fordi en værdi ikke er gyldig.',
  network: 'Forbindelsen til SharePoint svigtede. Tjek din forbindelse, og prøv igen.',
  threshold: 'Forespørgslen rammer SharePoints grænse på 5.000 elementer. Kontakt IT, så listens indeks kan blive rettet.',
  duplicate: 'Der findes allerede et element med samme værdi i et felt, der skal være entydigt (fx samme år). Ret værdien, eller åbn det element, der findes.',
  // The UI names the fields (strings.Resilience.DamagedWrite); this is the short fallback.
  damaged: 'Et felt, der ikke kunne læses, gemmes ikke. Intet er ændret.'
};

/** The Danish message for a kind, for UIs that show a message without an error at hand. */
export function dataErrorMessage(kind: DataErrorKind): string {
  return MESSAGES[kind];
}

export class DataError extends Error {
  public readonly kind: DataErrorKind;
  public readonly cause: unknown;
  public readonly status: number | undefined;
  public readonly conflicts: FieldConflict[];
  public readonly currentETag: string | undefined;
  public readonly retryAfterMs: number | undefined;
  public readonly detail: string | undefined;
  public readonly problems: readonly FieldProblem[];
  public readonly fields: string[];
  public readonly isDataError = true;

  public constructor(kind: DataErrorKind, options: DataErrorOptions = {}, message: string = MESSAGES[kind]) {
    super(message);
    this.name = 'DataError';
    this.kind = kind;
    this.cause = options.cause;
    this.status = options.status;
    this.conflicts = options.conflicts ?? [];
    this.currentETag = options.currentETag;
    this.retryAfterMs = options.retryAfterMs;
    this.detail = options.detail;
    this.problems = options.problems ?? [];
    this.fields = options.fields ?? [];
    // Keeps instanceof working when TypeScript targets ES5-style class emit.
    Object.setPrototypeOf(this, DataError.prototype);
  }
}

/** The kind of a data error, or undefined for anything else: what the UI switches on. */
export function dataErrorKind(e: unknown): DataErrorKind | undefined {
  return isDataError(e) ? e.kind : undefined;
}

export function isDataError(e: unknown): e is DataError {
  return e instanceof DataError || (typeof e === 'object' && e !== null && (e as { isDataError?: unknown }).isDataError === true);
}
