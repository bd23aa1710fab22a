// npm run corpus -- --variants [--only ID] [--misses] [--dump ID#N] [--floors]: prints the layout matrix and writes it into
// docs/import-corpus.md under its own heading (only when every layout was run).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { figures, renderMatrix, scoreMatrix } from './matrix.js';

const at = process.argv.indexOf('--only');
const only = at > 0 ? process.argv[at + 1] : undefined;
const scores = await scoreMatrix(only);
const table = renderMatrix(scores);
console.log(table);
if (process.argv.includes('--misses')) for (const s of scores) for (const m of s.misses) console.log(m);

const heading = '## 版式矩阵:每种版式用语料的任务重写后读回';
const section = `${heading}

\`npm run corpus -- --variants\` 生成本节(\`--misses\` 另列出每一处不符,\`--only 版式\` 只跑一种)。生成器
(test/corpus/variants/)把语料答案键中的任务与指标——标题、单位名称照真实文件的写法——按问题 15 所列的每种版式
重新写成文件(含标题、发文字号、章节标题;随机数有固定种子,每次相同),再用导入器读回,按该版式文字本身的含义打分。
\`test/unit/plan-variants.test.ts\` 在任一版式的数字低于 \`test/corpus/variants/floors.json\` 记录的下限时失败。

${table}
`;
// `--floors` records today's per-layout figures as the floors the CI test holds (raise them after a fix).
if (!only && process.argv.includes('--floors')) {
  const floors = Object.fromEntries(scores.map((s) => [s.id, figures(s)]));
  writeFileSync(join(import.meta.dirname, 'variants', 'floors.json'), `${JSON.stringify(floors, null, 2)}\n`);
}
if (!only) {
  const file = join(import.meta.dirname, '..', '..', 'docs', 'import-corpus.md');
  const old = readFileSync(file, 'utf8');
  const cut = old.indexOf(heading);
  writeFileSync(file, `${(cut >= 0 ? old.slice(0, cut) : `${old.trimEnd()}\n\n`)}${section}`);
}
