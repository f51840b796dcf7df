// Every request made through our SPFI rejects with a DataError. PnPjs's RejectOnError passes the
// raw error on; this replaces it and maps first, so repositories and the UI see one error model.
import type { Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';
import { toDataError } from '../errors/toDataError';

// Queryable keeps its promise's reject behind this registered symbol (see @pnp/queryable).
const INTERNAL_REJECT = Symbol.for('Queryable_Reject');

type Rejecting = { emit: Record<symbol, (e: unknown) => void> };

export function MapErrors(): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.error.replace(function (this: unknown, err: unknown) {
      (this as Rejecting).emit[INTERNAL_REJECT](toDataError(err));
    });
    return instance;
  };
}
