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

- 每种版式 6 份文件、每份约 10 项任务,任务从语料答案键中未截断、有牵头单位的任务里抽取;同一文件不放同一单位的两种写法
  (区发改局/区发展和改革局,读取器会在文件内统一),也不用答案键里含“、”的单一单位(如“各平台、镇街”,那是该页的判断)。
- 按文字本身的含义打分:\`牵头单位/责任单位\` 两行时责任单位为参与;单独的 \`责任单位\`/\`责任部门\`/\`落实单位\` 列表第一个牵头;
  \`按职责分工负责\`/\`分别牵头落实\`/\`由X会同Y负责\` 全部牵头。
- 指标版式的文件只有指标表,“精确”一栏里读出的任务是文件框架中的空标题,不计。

${table}

### 改动前

同一生成器、同一种子,用本分支改动前 main 的读取器(2026-11-29)读回的结果(\`test/corpus/variants/before.md\`,记录一次,不再重算):

${readFileSync(join(import.meta.dirname, 'variants', 'before.md'), 'utf8').trim()}

\`learned-\` 各版式(留出批次教给读取器的写法,test/corpus/variants/layouts-learned.ts)于 2026-11-30 加入,加入前的 main(3b332ef)
读回的结果(\`test/corpus/variants/before-learned.md\`):

${readFileSync(join(import.meta.dirname, 'variants', 'before-learned.md'), 'utf8').trim()}
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
