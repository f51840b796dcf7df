// The Settings list: the site's own configuration as small items (Key + JSON value). Read at boot
// with the first screen's other reads (the stage configuration decides how every view reads
// stages), so it lives in the main bundle, apart from the approval services' chunk (issue 21).
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { listDef, SCHEMA } from '../schema';
import { anyOf } from '../odata';
import { listByUrl } from './listByUrl';
import type { RawItem } from './paging';

export class SettingsRepository {
  public constructor(private readonly sp: SPFI) {}

  /** The raw values of these settings, in one request; a key the site has no (or an empty) value
   * for is left out. The list holds a handful of items: far below any threshold. */
  public async settings(keys: readonly string[]): Promise<Map<string, string>> {
    const rows = await listByUrl(this.sp, listDef(SCHEMA, 'Settings'))
      .items.select('Id', 'Key', 'Value')
      .filter(anyOf('Key', keys).text)
      .top(keys.length * 4)<RawItem[]>();
    const values = new Map<string, string>();
    for (const row of rows) {
      const key = row.Key;
      const value = row.Value;
      // The first item of a key wins, as before (a second one is a mistake, not an override).
      if (typeof key === 'string' && keys.includes(key) && !values.has(key) && typeof value === 'string' && value.trim() !== '') values.set(key, value);
    }
    return values;
  }
}
