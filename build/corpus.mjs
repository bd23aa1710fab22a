// npm run corpus: bundles the corpus scorer (test/corpus) with esbuild and runs it.
import { build } from 'esbuild';

await build({ bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'warning', entryPoints: { main: 'test/corpus/main.ts' }, outdir: 'dist/corpus', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" }, define: { 'import.meta.dirname': JSON.stringify(new URL('../test/corpus', import.meta.url).pathname) } });
await import('../dist/corpus/main.js');
