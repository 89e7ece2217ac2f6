import type { ErrorCode } from '../../errors';

/** Asserts that a promise rejects with an AppError of the given code. */
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode): Promise<void> {
  await expect(promise).rejects.toMatchObject({ name: 'AppError', code });
}

/** Counts outcomes of racing calls: how many resolved, and the codes of those that rejected. */
export async function settle(promises: Promise<unknown>[]): Promise<{ won: number; codes: string[] }> {
  const results = await Promise.allSettled(promises);
  const codes = results.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as { code?: string }).code ?? r.reason)] : []));
  return { won: results.filter((r) => r.status === 'fulfilled').length, codes };
}
