/**
 * `npm run bench -- bundle`: the gzip size of the JavaScript the tab's
 * index.html loads before any view is opened: the entry chunk and its static
 * imports, followed transitively through Vite's build manifest. Lazy chunks
 * (the views) are not counted.
 *
 * Prints `{"bench":"bundle","initial_js_gzip_kb":…}`; target ≤ 250.
 * Standalone: `node dist/bench/bundle.js [--dist tab/dist]` (reads an existing
 * build with a manifest instead of building).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUNDLE_TARGET_KB = 250;

/** The repository root: the nearest folder up with tab/vite.config.ts (source bench/ or compiled dist/bench/). */
export function repoRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'tab', 'vite.config.ts'))) return dir;
  }
  return process.cwd();
}

/** Builds the tab with Vite's CLI into `outDir` (with a manifest); about 3 s. */
export function buildTab(outDir: string, root = repoRoot()): Promise<void> {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [
    vite,
    'build',
    '--config',
    join(root, 'tab', 'vite.config.ts'),
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--manifest',
    '--logLevel',
    'error',
  ];
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      args,
      { cwd: root, env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } },
      (err, _stdout, stderr) => (err ? fail(new Error(`vite build failed: ${stderr || err.message}`)) : done()),
    );
  });
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface BundleFigures {
  bench: 'bundle';
  initial_js_gzip_kb: number;
  initial_files: number;
  all_js_gzip_kb: number;
  target_kb: number;
}

/** Sums the gzip sizes of the entry and its static imports in a build that has `.vite/manifest.json`. */
export function measureBuild(distDir: string): BundleFigures {
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build with --manifest`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  const initial = new Set<string>();
  const visit = (key: string) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  entries.forEach(visit);

  const gzipKb = (file: string) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length / 1024;
  const jsFiles = (keys: Iterable<string>) => [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const round = (n: number) => Math.round(n * 10) / 10;
  const initialFiles = jsFiles(initial);
  return {
    bench: 'bundle',
    initial_js_gzip_kb: round(initialFiles.reduce((sum, f) => sum + gzipKb(f), 0)),
    initial_files: initialFiles.length,
    all_js_gzip_kb: round([...new Set(jsFiles(Object.keys(manifest)))].reduce((sum, f) => sum + gzipKb(f), 0)),
    target_kb: BUNDLE_TARGET_KB,
  };
}

/** Builds into a temporary folder (tab/dist is left alone), measures, cleans up. */
export async function runBundleBench(): Promise<BundleFigures> {
  const outDir = mkdtempSync(join(tmpdir(), 'tab-bundle-'));
  try {
    await buildTab(outDir);
    return measureBuild(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const distFlag = process.argv.indexOf('--dist');
  const figures = distFlag > 0 ? measureBuild(resolve(process.argv[distFlag + 1])) : await runBundleBench();
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  if (figures.initial_js_gzip_kb > BUNDLE_TARGET_KB) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  });
}
