import type { RunningAzurite } from './azurite';

export default async function globalTeardown(): Promise<void> {
  const azurite = (globalThis as Record<string, unknown>).__AZURITE__ as RunningAzurite | undefined;
  await azurite?.close();
}
