import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Child processes of the local stack: Azurite's Table service and the Agents Playground. */

export function portAnswers(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function waitForPort(port: number, timeoutMs: number, child?: ChildProcess, pollMs = 150): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const exited = () => child !== undefined && (child.exitCode !== null || child.signalCode !== null);
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`process exited (${child?.exitCode ?? child?.signalCode}) before port ${port} opened`);
    // Answered while our child still runs: it is the one listening (one that failed to bind would have exited).
    if ((await portAnswers(port)) && !exited()) return;
    await new Promise((r) => setTimeout(r, pollMs));
  }
  throw new Error(`port ${port} did not open within ${timeoutMs} ms`);
}

export function startAzuriteProcess(root: string, port: number, onOutput: (line: string) => void): ChildProcess {
  const location = join(root, '.data', 'azurite');
  mkdirSync(location, { recursive: true });
  const main = join(root, 'node_modules', 'azurite', 'dist', 'src', 'table', 'main.js');
  const args = [
    main,
    '--tableHost',
    '127.0.0.1',
    '--tablePort',
    String(port),
    '--location',
    location,
    '--disableTelemetry',
    '--silent',
    '--skipApiVersionCheck',
  ];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  pipeLines(child, onOutput);
  return child;
}

export function startPlaygroundProcess(root: string, port: number, botEndpoint: string, onOutput: (line: string) => void): ChildProcess {
  const cli = join(root, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  const env = {
    ...process.env,
    TEAMSAPPTESTER_BROWSER: 'none',
    BOT_ENDPOINT: botEndpoint,
    // The Playground takes its locale from the process: Swedish first.
    LANG: 'sv_SE.UTF-8',
    LC_ALL: 'sv_SE.UTF-8',
  };
  const child = spawn(process.execPath, [cli, '-c', 'msteams', '--dt', '-p', String(port)], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  pipeLines(child, onOutput);
  return child;
}

function pipeLines(child: ChildProcess, onOutput: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) onOutput(line);
    });
  }
}

/** Stops a child we started, by its PID: SIGTERM, then SIGKILL after a grace period. */
export function stopChild(child: ChildProcess | undefined, graceMs = 4000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
    }, graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    process.kill(child.pid!, 'SIGTERM');
  });
}
