import { startAzurite } from './azurite';

export default async function globalSetup(): Promise<void> {
  const azurite = await startAzurite();
  (globalThis as Record<string, unknown>).__AZURITE__ = azurite;
  process.env.TEST_STORAGE_CONNECTION_STRING = azurite.connectionString;
  process.env.TEST_AZURITE_PORT = String(azurite.port);
}
