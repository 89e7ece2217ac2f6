import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Parses `KEY=VALUE` lines; `#` starts a comment; values may be quoted. */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) value = value.slice(1, -1);
    out[key] = value;
  }
  return out;
}

/** Reads `env/.env.<name>` and the git-ignored `env/.env.<name>.user` beside it (secrets), the latter winning. */
export function readEnvFiles(envDir: string, name: string): { values: Record<string, string>; files: string[] } {
  const files: string[] = [];
  let values: Record<string, string> = {};
  for (const file of [join(envDir, `.env.${name}`), join(envDir, `.env.${name}.user`)]) {
    if (!existsSync(file)) continue;
    files.push(file);
    values = { ...values, ...parseEnvFile(readFileSync(file, 'utf8')) };
  }
  return { values, files };
}
