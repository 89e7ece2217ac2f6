import { isAppError } from '../../errors';

/**
 * Runs a read-modify-write again when a conditional write lost a race
 * (STORAGE_CONFLICT or STORAGE_ALREADY_EXISTS). Each round re-reads, so at
 * least one contender wins per round; after `attempts` rounds the last error
 * is thrown.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>, attempts = 12): Promise<T> {
  for (let round = 1; ; round++) {
    try {
      return await attempt();
    } catch (err) {
      const lostRace = isAppError(err, 'STORAGE_CONFLICT') || isAppError(err, 'STORAGE_ALREADY_EXISTS');
      if (!lostRace || round >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * round));
    }
  }
}

/** Splits into transactions of at most `size` operations. */
export function chunk<T>(items: T[], size = 100): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
