import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The app's version from package.json (found from the source or the built dist tree). */
export function appVersion(): string {
  for (const candidate of [join(__dirname, '..', '..', 'package.json'), join(__dirname, '..', '..', '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'innovation-training-teams' && pkg.version) return pkg.version;
    } catch {
      // try the next location
    }
  }
  return '0.0.0';
}

/** The repository root (where package.json is), from the source or the built dist tree. */
export function projectRoot(): string {
  for (const candidate of [join(__dirname, '..', '..'), join(__dirname, '..', '..', '..')]) {
    try {
      const pkg = JSON.parse(readFileSync(join(candidate, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'innovation-training-teams') return candidate;
    } catch {
      // try the next location
    }
  }
  return process.cwd();
}
