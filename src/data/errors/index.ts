export { DataError, dataErrorKind, dataErrorMessage, isDataError } from './DataError';
export type { DataErrorKind, DataErrorOptions, FieldConflict } from './DataError';
export { toDataError, responseToDataError, kindForStatus, serverMessage } from './toDataError';
