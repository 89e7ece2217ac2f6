/**
 * The personal-data rules the operator configures (config.ts):
 * ERASURE_POLICY says what an erasure does to answers, RETENTION_DEFAULT_DAYS
 * how long a programme's personal data is kept after its end when the
 * programme does not say.
 */
export const ERASURE_POLICIES = ['delete', 'pseudonymise-answers'] as const;
/**
 * delete: every row of the person goes. pseudonymise-answers: where archiving
 * rules require answers to be kept, they stay under a pseudonym (an HMAC of
 * the person key) with no name, and everything else goes.
 */
export type ErasurePolicy = (typeof ERASURE_POLICIES)[number];

export const DEFAULT_RETENTION_DAYS = 365;
export const MAX_RETENTION_DAYS = 3650;

export interface PersonalDataSettings {
  erasurePolicy: ErasurePolicy;
  retentionDefaultDays: number;
  /**
   * Key of the HMAC that makes pseudonyms of erased people. Without one, a
   * random key per process: pseudonyms then link only what one run wrote.
   */
  pseudonymKey: string | Buffer;
}
