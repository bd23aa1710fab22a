// npm run corpus: bundles the corpus scorer (test/corpus) with esbuild and runs it;
// `npm run corpus -- --variants` runs the layout matrix (test/corpus/variants) instead.
import { build } from 'esbuild';

const variants = process.argv.includes('--variants');
await build({ bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'warning', entryPoints: variants ? { variants: 'test/corpus/variants/main.ts' } : { main: 'test/corpus/main.ts' }, outdir: 'dist/corpus', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" }, define: { 'import.meta.dirname': JSON.stringify(new URL('../test/corpus', import.meta.url).pathname) } });
await import(variants ? '../dist/corpus/variants.js' : '../dist/corpus/main.js');
