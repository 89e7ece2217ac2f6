import type { StorageHealth } from '../storage/repositories';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  storage: 'ok' | 'unavailable';
  version: string;
  uptimeSeconds: number;
}

/** `/healthz`: 200 when storage answers within the timeout, 503 when it does not. */
export async function checkHealth(
  health: StorageHealth,
  version: string,
  timeoutMs = 3000,
): Promise<{ status: number; body: HealthReport }> {
  let storageOk = false;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      health.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('storage ping timed out')), timeoutMs);
      }),
    ]);
    storageOk = true;
  } catch {
    storageOk = false;
  } finally {
    if (timer) clearTimeout(timer);
  }
  const body: HealthReport = {
    status: storageOk ? 'ok' : 'unavailable',
    storage: storageOk ? 'ok' : 'unavailable',
    version,
    uptimeSeconds: Math.round(process.uptime()),
  };
  return { status: storageOk ? 200 : 503, body };
}
