/** How an import changed one kind of stored thing. */
export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Sessions and prompts: the programme is saved as a whole, so stored ones the file no longer lists are removed. */
export interface PartChanges extends ChangeCounts {
  removed: number;
}

/** Compares what a file says with what is stored, item by item, by key. */
export function countChanges<T>(incoming: readonly T[], stored: readonly T[], keyOf: (item: T) => string): PartChanges {
  const storedByKey = new Map(stored.map((item) => [keyOf(item), item]));
  const counts: PartChanges = { created: 0, updated: 0, unchanged: 0, removed: 0 };
  const seen = new Set<string>();
  for (const item of incoming) {
    const key = keyOf(item);
    seen.add(key);
    const before = storedByKey.get(key);
    if (before === undefined) counts.created++;
    else if (sameData(before, item)) counts.unchanged++;
    else counts.updated++;
  }
  counts.removed = [...storedByKey.keys()].filter((key) => !seen.has(key)).length;
  return counts;
}

/** Deep equality of plain data, ignoring undefined properties and a top-level storage `version`. */
export function sameData(a: unknown, b: unknown): boolean {
  return canonical(withoutVersion(a)) === canonical(withoutVersion(b));
}

function withoutVersion(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const { version: _version, ...rest } = value as Record<string, unknown>;
  return rest;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) {
      const item = (v as Record<string, unknown>)[key];
      if (item !== undefined) sorted[key] = item;
    }
    return sorted;
  });
}
