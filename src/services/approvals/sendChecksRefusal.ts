// decide()'s refusal by the send checks (issue #17.4), apart from the reads (sendChecks.ts) so the
// views that word it load no repositories.
import type { SendProblem } from '../../domain/sendChecks';
import { DataError, isDataError } from '../../data/errors/DataError';

const CODE = 'sendChecksBlocked';

/** decide()'s refusal: a validation DataError carrying the problems (codes; the UI words them). */
export function sendChecksRefusal(problems: SendProblem[]): DataError {
  return Object.assign(new DataError('validation', { detail: CODE }, 'Aftalen kan ikke sendes videre, før kontrollerne er opfyldt.'), {
    sendProblems: problems
  });
}

/** The problems of a refusal by the send checks, or undefined for any other error. */
export function refusedSendProblems(error: unknown): SendProblem[] | undefined {
  if (!isDataError(error) || error.detail !== CODE) return undefined;
  return (error as DataError & { sendProblems?: SendProblem[] }).sendProblems ?? [];
}
