/**
 * A lease row: whoever holds an unexpired lease runs the scheduler. Taken
 * and renewed by conditional writes on `version` (the ETag), so a holder
 * that lost it finds out on its next renewal.
 */
export interface Lease {
  /** What the lease guards, e.g. `scheduler`. */
  name: string;
  /** The instance id of the holder. */
  holder: string;
  acquiredAt: string;
  renewedAt: string;
  /** UTC ISO; free from then on. */
  expiresAt: string;
  version?: string;
}
