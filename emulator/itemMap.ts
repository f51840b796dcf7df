// A list's items, with a revision that every change bumps: the map's own set/delete/clear, and
// every item change the store logs (emulator/store.ts touches it in putItem and dropItem, so an
// in-place edit of an item, a folder move or a permission change, which must be logged to
// survive a restart, bumps it too). What is derived from the items (the value indexes of
// odata/itemIndex.ts, the folder index of folders.ts) is kept per revision and rebuilt when the
// revision moved: it cannot be stale by construction.
import type { EmItem } from './model';

export class ItemMap extends Map<number, EmItem> {
  private rev = 0;
  private readonly derived = new Map<string, { rev: number; value: unknown }>();

  /** Changes with every write to the list's items. */
  public get revision(): number {
    return this.rev;
  }

  /** An item of the list changed in place (its fields, folder or permissions). */
  public touch(): void {
    this.rev = (this.rev ?? 0) + 1;
  }

  public override set(id: number, item: EmItem): this {
    this.touch();
    return super.set(id, item);
  }

  public override delete(id: number): boolean {
    this.touch();
    return super.delete(id);
  }

  public override clear(): void {
    this.touch();
    super.clear();
  }

  /** `build()`'s value, computed again only after the items changed. */
  public derive<T>(key: string, build: () => T): T {
    const kept = this.derived.get(key);
    if (kept && kept.rev === this.rev) return kept.value as T;
    const value = build();
    this.derived.set(key, { rev: this.rev, value });
    return value;
  }
}
