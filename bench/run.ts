import { numberFlags } from './bench-args';

/**
 * `npm run bench -- NAME [options]`: runs one benchmark and prints its
 * result as ONE JSON line on stdout (errors go to stderr). Needs a build
 * (`npm run build`, or `npx tsc -p tsconfig.build.json` for these).
 * Each benchmark is loaded only when asked for.
 */
type Bench = (args: readonly string[]) => Promise<object>;

const BENCHES: Record<string, Bench> = {
  fanout: async (args) => (await import('./fanout')).fanoutBench(args),
  ingest: async (args) => (await import('./ingest')).runIngestBench(numberFlags(args, { people: 2000, concurrency: 50 })),
  bundle: async () => (await import('./bundle')).runBundleBench(),
  dashboard: async (args) => (await import('./dashboard')).dashboardBench(args),
  live: async (args) => (await import('./live')).liveBench(numberFlags(args, { people: 300, seconds: 10, interval: 3 })),
};

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  const bench = name ? BENCHES[name] : undefined;
  if (!bench) {
    console.error(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}> [options]${name ? `\nunknown benchmark "${name}"` : ''}`);
    return 2;
  }
  console.log(JSON.stringify(await bench(args)));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
