/**
 * Remembers for a short while whether a person may run the session in a
 * meeting, for the side panel's state only (it polls every second, and each
 * answer would otherwise be a Bot Connector call). Only what controls to
 * show comes from here: every facilitator action checks the meeting role
 * afresh. Per instance, bounded, and nothing depends on it being there.
 */
export class ViewRoleCache {
  private readonly entries = new Map<string, { value: boolean; until: number }>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 5_000,
  ) {}

  async get(key: string, now: number, compute: () => Promise<boolean>): Promise<boolean> {
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value;
    const value = await compute();
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.delete(key);
    this.entries.set(key, { value, until: now + this.ttlMs });
    return value;
  }
}
