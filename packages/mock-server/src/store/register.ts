/** How a register sorts its keys: numbers numerically, then text, like Fortnox's listing. */
export function compareKeys(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  const aNum = a !== '' && Number.isFinite(na);
  const bNum = b !== '' && Number.isFinite(nb);
  if (aNum && bNum) return na - nb;
  if (aNum) return -1;
  if (bNum) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One Fortnox register of one tenant: records by key, when each was last modified, and
 * which keys were ever deleted (Fortnox never reuses some of them). Sorted key lists are
 * cached per sort order and dropped on every write, so paging 100,000 records sorts once.
 */
export class Register<T extends object> {
  private readonly records = new Map<string, T>();
  private readonly modifiedAt = new Map<string, number>();
  private readonly deletedKeys = new Set<string>();
  private readonly sortCache = new Map<string, string[]>();
  private highestNumber = 0;

  get size(): number {
    return this.records.size;
  }

  get(key: string): T | undefined {
    return this.records.get(key);
  }

  has(key: string): boolean {
    return this.records.has(key);
  }

  /** Whether `key` was used before and deleted since. */
  wasDeleted(key: string): boolean {
    return this.deletedKeys.has(key);
  }

  /** When the record was last written (epoch ms). */
  lastModified(key: string): number {
    return this.modifiedAt.get(key) ?? 0;
  }

  set(key: string, record: T, now: number): void {
    if (this.sortCache.size === 0) {
      // Nothing cached (the common case while seeding).
    } else if (!this.records.has(key)) this.sortCache.clear();
    else {
      // An update never moves a key in key order; other orders may change.
      for (const cacheKey of this.sortCache.keys())
        if (cacheKey !== '') this.sortCache.delete(cacheKey);
    }
    this.records.set(key, record);
    this.modifiedAt.set(key, now);
    const n = Number(key);
    if (Number.isInteger(n) && n > this.highestNumber) this.highestNumber = n;
  }

  delete(key: string): boolean {
    if (!this.records.delete(key)) return false;
    this.modifiedAt.delete(key);
    this.deletedKeys.add(key);
    this.sortCache.clear();
    return true;
  }

  /** The next free number for auto-assigned keys (never a deleted one). */
  nextNumber(): string {
    let n = this.highestNumber + 1;
    while (this.records.has(String(n)) || this.deletedKeys.has(String(n))) n++;
    return String(n);
  }

  values(): IterableIterator<T> {
    return this.records.values();
  }

  /** Keys sorted by `sortKey` (cached until the next write). */
  sortedKeys(cacheKey: string, sortKey?: (record: T) => string | number): string[] {
    const cached = this.sortCache.get(cacheKey);
    if (cached) return cached;
    const keys = [...this.records.keys()];
    if (sortKey) {
      const values = new Map(keys.map((k) => [k, sortKey(this.records.get(k) as T)]));
      keys.sort((a, b) => compareValues(values.get(a), values.get(b)) || compareKeys(a, b));
    } else {
      keys.sort(compareKeys);
    }
    this.sortCache.set(cacheKey, keys);
    return keys;
  }
}

function compareValues(a: string | number | undefined, b: string | number | undefined): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareKeys(String(a ?? ''), String(b ?? ''));
}
