import { isAppError } from '../errors';
import type { Lease } from '../domain/lease';
import type { LeaseRepository } from '../storage/repositories';

export type RenewResult = 'held' | 'lost' | 'unsure';

/**
 * One instance's hold on a lease row. `acquire` takes the row if it is
 * free, expired or already this holder's; `renew` extends it with the
 * version last written, so a renewal after someone else took over fails
 * (STORAGE_CONFLICT) and reports `lost`. If storage does not answer, the
 * hold counts as lost once its own expiry has passed (another instance may
 * have taken it by then).
 */
export class LeaseHold {
  private current?: Lease;

  constructor(
    private readonly repo: LeaseRepository,
    readonly name: string,
    readonly holder: string,
    private readonly durationMs: number,
    private readonly clock: () => Date,
  ) {}

  get held(): boolean {
    return this.current !== undefined && Date.parse(this.current.expiresAt) > this.clock().getTime();
  }

  /** True if this instance holds the lease after the call. */
  async acquire(): Promise<boolean> {
    if (this.held) return (await this.renew()) === 'held';
    const now = this.clock();
    const fresh = this.leaseAt(now);
    try {
      const existing = await this.repo.get(this.name);
      if (!existing) {
        this.current = await this.repo.create({ ...fresh, acquiredAt: now.toISOString() });
        return true;
      }
      const free = Date.parse(existing.expiresAt) <= now.getTime() || existing.holder === this.holder;
      if (!free) return false;
      this.current = await this.repo.update({ ...fresh, acquiredAt: now.toISOString(), version: existing.version });
      return true;
    } catch (err) {
      if (isAppError(err, 'STORAGE_CONFLICT') || isAppError(err, 'STORAGE_ALREADY_EXISTS')) return false;
      throw err;
    }
  }

  async renew(): Promise<RenewResult> {
    const current = this.current;
    if (!current) return 'lost';
    const now = this.clock();
    try {
      this.current = await this.repo.update({ ...current, renewedAt: now.toISOString(), expiresAt: this.leaseAt(now).expiresAt });
      return 'held';
    } catch (err) {
      if (isAppError(err, 'STORAGE_CONFLICT')) {
        this.current = undefined;
        return 'lost';
      }
      if (Date.parse(current.expiresAt) <= now.getTime()) {
        this.current = undefined;
        return 'lost';
      }
      return 'unsure';
    }
  }

  /** Lets the lease go (expires it now), if still ours. */
  async release(): Promise<void> {
    const current = this.current;
    this.current = undefined;
    if (!current) return;
    const now = this.clock().toISOString();
    await this.repo.update({ ...current, renewedAt: now, expiresAt: now }).catch(() => undefined);
  }

  private leaseAt(now: Date): Lease {
    const at = now.toISOString();
    return {
      name: this.name,
      holder: this.holder,
      acquiredAt: this.current?.acquiredAt ?? at,
      renewedAt: at,
      expiresAt: new Date(now.getTime() + this.durationMs).toISOString(),
    };
  }
}
