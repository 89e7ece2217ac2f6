// Removes the server's previous build output (dist/bot, dist/scripts, dist/bench, dist/test) before tsc
// writes it again, so a module that became a folder (or went away) leaves no stale .js behind that Node
// would load instead. The tab's build (tab/dist) is not touched.
import { rmSync } from 'node:fs';

for (const dir of ['bot', 'scripts', 'bench', 'test']) rmSync(new URL(`../dist/${dir}`, import.meta.url), { recursive: true, force: true });
