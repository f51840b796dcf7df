// Microsoft Graph, for what SharePoint has no API for: e-mail (SharePoint's SendEmail was retired
// on 31 October 2025) and group membership that SharePoint does not expand. One small interface so
// the web part hands in SPFx's MSGraphClientV3 and the dev host and tests a fetch against the
// emulator's Graph-compatible endpoint (`/v1.0/...` on the emulator's origin). Paths are relative
// to the Graph version root, e.g. `/me/sendMail`.

/** A Graph answer that is not 2xx: its HTTP status and Graph's error code (body.error.code). */
export class GraphError extends Error {
  public readonly status: number;
  public readonly code: string;
  public constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'GraphError';
    this.status = status;
    this.code = code;
  }
}

export function isGraphError(error: unknown): error is GraphError {
  return (
    error instanceof GraphError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { name?: unknown }).name === 'GraphError' &&
      typeof (error as { status?: unknown }).status === 'number')
  );
}

export interface GraphClient {
  /** GET; the parsed JSON body. Throws GraphError for a non-2xx answer. */
  get<T>(path: string): Promise<T>;
  /** POST a JSON body; the parsed JSON answer, or undefined for 202/204 without a body. Throws GraphError. */
  post<T = unknown>(path: string, body: unknown): Promise<T | undefined>;
}
