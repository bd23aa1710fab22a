// npm run corpus: bundles the corpus scorer (test/corpus) with esbuild and runs it;
// `npm run corpus -- --variants` runs the layout matrix (test/corpus/variants) instead, and
// `npm run corpus -- --wrapped` the corpus as a PDF's hard-wrapped text gives it (test/corpus/wrapped.ts), and
// `npm run corpus -- --copies` as other copies of the same text write it (test/corpus/copies.ts), and
// `npm run corpus -- --renamed` with every document's units renamed (test/corpus/renamed.ts), and
// `npm run corpus -- --as-word` from Word rebuilds of the pages, through the .docx reader (test/corpus/as-word.ts).
import { build } from 'esbuild';

const variants = process.argv.includes('--variants');
const wrapped = process.argv.includes('--wrapped');
const copies = process.argv.includes('--copies');
const renamed = process.argv.includes('--renamed');
const asWord = process.argv.includes('--as-word');
const entry = variants ? 'variants' : wrapped ? 'wrapped' : copies ? 'copies' : renamed ? 'renamed' : asWord ? 'as-word' : 'main';
const source = { variants: 'test/corpus/variants/main.ts', wrapped: 'test/corpus/wrapped-main.ts', copies: 'test/corpus/copies-main.ts', renamed: 'test/corpus/renamed-main.ts', 'as-word': 'test/corpus/as-word-main.ts', main: 'test/corpus/main.ts' }[entry];
await build({ bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'warning', entryPoints: { [entry]: source }, outdir: 'dist/corpus', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" }, define: { 'import.meta.dirname': JSON.stringify(new URL('../test/corpus', import.meta.url).pathname) } });
await import(`../dist/corpus/${entry}.js`);
