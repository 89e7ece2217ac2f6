import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../bot/src/testing/free-port';
import { azuriteConnectionString } from '../scripts/azurite-connection';
import { stopChild, waitForPort } from '../scripts/local-stack';

/**
 * Azurite's Table service as a child process, for the ingest bench: like
 * real Table Storage it is not on the app's core, and both the app and the
 * raw upserts talk to the same one. In-memory, loopback only, no
 * telemetry; stopped by its PID (SIGTERM).
 */
export interface AzuriteProcess {
  port: number;
  pid: number;
  connectionString: string;
  /** CPU time (user + system) the process has used so far, in ms; undefined where /proc is not available. */
  cpuMs(): number | undefined;
  close(): Promise<void>;
}

const MAIN = join(require.resolve('azurite/package.json'), '..', 'dist', 'src', 'table', 'main.js');

export async function spawnAzurite(startTimeoutMs = 15_000): Promise<AzuriteProcess> {
  let lastError: unknown;
  // A free port is picked, released and handed over: another process could take it meanwhile, so try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const location = mkdtempSync(join(tmpdir(), 'bench-azurite-'));
    const child = spawn(
      process.execPath,
      [
        ...(process.env.BENCH_AZURITE_NODE_OPTIONS?.split(' ').filter(Boolean) ?? []),
        MAIN,
        '--tableHost',
        '127.0.0.1',
        '--tablePort',
        String(port),
        '--inMemoryPersistence',
        '--disableTelemetry',
        '--silent',
      ],
      // Its working directory is its (unused) location: --location and --inMemoryPersistence exclude each other.
      { cwd: location, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    try {
      await waitForPort(port, startTimeoutMs, child, 50);
      return {
        port,
        pid: child.pid!,
        connectionString: azuriteConnectionString(port),
        cpuMs: () => procCpuMs(`/proc/${child.pid}/stat`),
        close: async () => {
          await stopChild(child, 5_000);
          rmSync(location, { recursive: true, force: true });
        },
      };
    } catch (err) {
      lastError = new Error(`${err instanceof Error ? err.message : String(err)}${stderr ? `: ${stderr.trim()}` : ''}`);
      await stopChild(child, 5_000);
      rmSync(location, { recursive: true, force: true });
    }
  }
  throw lastError instanceof Error ? lastError : new Error('Azurite did not start');
}

/** utime + stime of a /proc stat file (a process's or a thread's), in ms (clock ticks of 10 ms); undefined without /proc. */
export function procCpuMs(statFile: string): number | undefined {
  try {
    const stat = readFileSync(statFile, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
