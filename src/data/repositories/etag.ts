// Where an item's ETag sits depends on the OData flavour the server answers with:
// minimal metadata ("odata.etag"), OData v4 ("@odata.etag") or verbose ("__metadata.etag").
import { DataError } from '../errors/DataError';
import type { RawItem } from './paging';

export function etagOf(raw: RawItem): string {
  const direct = raw['odata.etag'] ?? raw['@odata.etag'];
  if (typeof direct === 'string') return direct;
  const meta = raw.__metadata as { etag?: unknown } | undefined;
  if (meta !== undefined && typeof meta.etag === 'string') return meta.etag;
  // Without an ETag we could only write with "*" (last writer wins), which we never do.
  throw new DataError('validation', { detail: 'The server returned an item without an ETag' });
}
