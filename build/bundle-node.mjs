// Bundles the Node-side entry points into dist/ with esbuild. npm packages stay external (they are
// installed beside the app); the sandboxed preload is the exception and is bundled whole into one file.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry a content hash, so every change leaves the old ones behind; cleared first so the
// installer does not ship chunks nothing imports.
rmSync('dist/hosts/chunks', { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  // Split into chunks so the CLI's dynamic imports stay lazy: `duban --help` loads only the command list.
  build({ ...common, format: 'esm', packages: 'external', splitting: true, chunkNames: 'chunks/[name]-[hash]', entryPoints: { cli: 'hosts/cli/bin.ts', 'http-main': 'hosts/http/main.ts' }, outdir: 'dist/hosts' }),
  build({ ...common, format: 'esm', packages: 'external', entryPoints: { main: 'electron/main.ts' }, outdir: 'dist/electron' }),
  build({ ...common, format: 'cjs', external: ['electron'], entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
  // npm run bench: the orchestrator and the child processes it forks (unit builders, the measured merge).
  build({ ...common, format: 'esm', packages: 'external', entryPoints: { main: 'bench/main.ts', 'build-worker': 'bench/build-worker.ts', 'merge-child': 'bench/merge-child.ts', 'dash-payload': 'bench/dash-payload.ts', 'dash-click': 'bench/dash-click.ts', 'dash-backend': 'bench/dash-backend.ts', 'office-figures': 'bench/office-figures.ts', 'dash-trace': 'bench/dash-trace.ts' }, outdir: 'dist/bench' }),
]);
