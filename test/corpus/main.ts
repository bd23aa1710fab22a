// npm run corpus: prints the per-document scores and the misses, and writes docs/import-corpus.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTables } from './make-tables.js';
import { heldoutDir, renderTable, scoreCorpus, scoreTableFiles, totals } from './score.js';

if (process.argv.includes('--make-tables')) await makeTables();
// `--heldout`: the documents of test/corpus/heldout, keyed after the reader was last tuned and never tuned on
// (test/corpus/README.md, "The held-out shelf"): printed only, never ratcheted, docs/import-corpus.md left alone.
const heldout = process.argv.includes('--heldout');
const all = heldout ? scoreCorpus(heldoutDir) : [...scoreCorpus(), ...(await scoreTableFiles())];
// `--docs 42-60` scores only documents numbered 42 to 60 (held-out figures for documents added later)
// and leaves docs/import-corpus.md alone.
const range = /^(\d+)-(\d+)$/.exec(process.argv[process.argv.indexOf('--docs') + 1] ?? '');
const inRange = (doc: string): boolean => {
  const n = Number.parseInt(doc, 10);
  return !range || (n >= Number(range[1]) && n <= Number(range[2]));
};
const scores = all.filter((s) => inRange(s.doc));
const table = renderTable(scores);
const verbose = process.argv.includes('--misses');
console.log(table);
if (verbose) for (const s of scores) for (const m of s.misses) console.log(`${s.doc}: ${m}`);
console.log(JSON.stringify(totals(scores)));

const doc = `# 导入规划:真实文件语料的测量结果

\`npm run corpus\` 生成本表(\`npm run corpus -- --misses\` 另列出每一处不符)。语料、答案键及其格式见
[test/corpus/README.md](../test/corpus/README.md);\`test/unit/plan-corpus.test.ts\` 在合计低于
\`test/corpus/ratchet.json\` 记录的数字时失败。

- 任务(键/读出/对上):答案键中的任务数 / 导入器读出的任务数 / 两者对上的数目。
- 召回 = 对上 / 键;精确 = 对上 / 读出。
- 牵头全对、参与全对:未被截断的任务中,牵头单位集合、参与单位集合与答案键完全一致的比例。
- 指标召回、目标值对:答案键中的指标被读出的比例、目标值读对的比例。
- 未归位行:导入器报告为“无法归位”的行数。

${table}
`;
// The layout matrix's section (`npm run corpus -- --variants`) is kept as it is.
const out = join(import.meta.dirname, '..', '..', 'docs', 'import-corpus.md');
const kept = readFileSync(out, 'utf8');
const matrixAt = kept.indexOf('\n## 版式矩阵');
if (!range && !heldout) writeFileSync(out, matrixAt >= 0 ? `${doc}${kept.slice(matrixAt)}` : doc);
