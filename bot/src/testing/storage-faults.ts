import { AppError } from '../errors';
import type { Repositories } from '../storage/repositories';

/**
 * Repositories that misbehave on purpose: every call to the chosen
 * repositories waits (`delayMs`) or fails with STORAGE_UNAVAILABLE
 * (`down`). Switch faults on and off while a test runs.
 */
export interface StorageFaults {
  delayMs: number;
  down: boolean;
}

type Part = Exclude<keyof Repositories, 'health'>;

export function withStorageFaults(repos: Repositories, faults: StorageFaults, parts: readonly Part[]): Repositories {
  const wrapped: Record<string, unknown> = { ...repos };
  for (const part of parts) wrapped[part] = faulty(repos[part] as object, faults);
  return wrapped as unknown as Repositories;
}

function faulty<T extends object>(target: T, faults: StorageFaults): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (faults.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.delayMs));
        if (faults.down) throw new AppError('STORAGE_UNAVAILABLE', 'storage is down (test fault)');
        return (value as (...a: unknown[]) => unknown).apply(obj, args);
      };
    },
  });
}
