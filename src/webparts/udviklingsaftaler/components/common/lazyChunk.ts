// React.lazy keeps a failed load: once a chunk could not be fetched (the network went after the
// first paint), every later render of that component throws the same error, so the view's
// "Prøv igen" (ViewErrorBoundary) showed the error again and only a reload helped. A component
// made here makes a fresh lazy component after a failure: the next render asks for the chunk
// again, and webpack fetches a chunk anew after a failed load (its chunk loader forgets it).
import * as React from 'react';

/** React.lazy whose failed load is asked for again on the next render (a retry). Typed as
 * React.lazy is: any component, its props kept. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound (ComponentType<any>)
export function lazyChunk<T extends React.ComponentType<any>>(load: () => Promise<{ default: T }>): React.FC<React.ComponentProps<T>> {
  const make = (): React.LazyExoticComponent<T> =>
    React.lazy(() =>
      load().catch((error: unknown) => {
        current = make();
        throw error;
      })
    );
  let current = make();
  const Chunk: React.FC<React.ComponentProps<T>> = (props) => React.createElement(current as React.ComponentType<React.ComponentProps<T>>, props);
  return Chunk;
}
