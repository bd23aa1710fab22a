// Three table shapes of heldout50/51 (brief H-fix7-tables52): a one-cell-per-paragraph breakdown table whose
// header words are split over two paragraphs (`项目` / `类别`, `牵头` / `部门`) and whose merged 项目类别 column is
// never printed in its rows, the header printed again at a page break (1164); a `cell |` progress table whose
// header wraps onto a second line (`任务完成率 | 备注 | |`), long 备注 sentences in some rows (1183); a scoring
// table, item / numbered scoring sentences / unit alone, with group lines between (1162).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { bare, join, keyTask, type Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;]$/, '');
const paragraphs = (list: string[]): string => list.join('\n\n');

/** `序号 / 项目 / 类别 / 具体内容 / 牵头 / 部门 / 相关责任部门 / 完成 / 时间`, rows of five cells (no 类别 cell). */
const mergedKind = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const header = ['序号', rng.pick(['项目', '任务']), '类别', rng.pick(['具 体 内 容', '具体内容', '工作内容']), '牵头', rng.pick(['部门', '单位']), rng.pick(['相关责任部门', '配合单位', '协办单位']), '完成', rng.pick(['时间', '时限'])];
  const out = [...header];
  const key: KeyTask[] = [];
  const start = 1 + rng.int(120);
  const breakAt = Math.floor(tasks.length / 2);
  tasks.forEach((t, k) => {
    if (k === breakAt) out.push(...header);
    const helpers = t.participants.length > 0 ? join(t.participants) : '相关部门';
    out.push(String(start + k), drop(t.title), join(t.leads), helpers, `${2016 + rng.int(6)}年`);
    key.push(keyTask(t.title, { leads: t.leads, participants: t.participants.length > 0 ? t.participants : ['相关部门'] }));
  });
  return { text: [...f.head, `${f.issuer}规划工作分解之${cn(1 + rng.int(6))}`, paragraphs(out), ...f.foot].join('\n'), key };
};

const NOTES = [
  '受汛期连续降雨影响,部分项目施工暂停,目前已督促施工单位增加人手,确保年底前全面完工。',
  '因征地拆迁手续办理滞后,影响项目整体进度,目前已完成前期设计和招标工作。',
  '目前已完成主体工程建设,正在进行设备安装调试,预计下季度投入使用。',
];

/** `序号 | 项目名称 | 责任单位 | 目标任务 | 1- 8月 实际完成情况 |` / `任务完成率 | 备注 | |`, rows ending `| ||`. */
const wrappedProgress = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const month = 5 + rng.int(5);
  const out = [`${f.issuer}${2016 + rng.int(6)}年1-${month}月重点民生实事项目完成情况 | |||||||`, `序号 | 项目名称 | 责任单位 | 目标任务 | 1- ${month}月 实际完成情况 |`, `${rng.pick(['任务完成率', '完成比例'])} | 备注 | |`];
  const key: KeyTask[] = [];
  tasks.forEach((t, k) => {
    const target = 100 + rng.int(9000);
    const done = Math.floor(target * (0.2 + rng.next() * 0.9));
    const unit = rng.pick(['人', '个', '户', '处']);
    const note = rng.next() < 0.25 ? `${rng.pick(NOTES)} | |` : '||';
    out.push(`${k + 1} | ${drop(t.title)} | ${join([...t.leads, ...t.participants])} | ${target}${unit} | ${done}${unit} | ${Math.round((done / target) * 100)}% | ${note}`);
    // 责任单位 is a bare list: its first unit leads, the others take part.
    key.push(keyTask(t.title, bare(t)));
  });
  return { text: [...f.head, out.join('\n'), ...f.foot].join('\n'), key };
};

const GROUPS = ['突出 政治引领', '强化 作风建设', '严格 监督执纪', '夯实 基层基础'];

/** A short item name from a task's title: its first clause, when short enough for an item cell. */
const itemName = (title: string): string | null => {
  const head = drop(title).split(/[,,;;。]/)[0] ?? '';
  return head.length >= 4 && head.length <= 20 ? head : null;
};

/** `考评项目 / 具体内容 / 考评标准 / 责任科室`: item, numbered scoring sentences, the unit cell alone. */
const scoringRows = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const out = [rng.pick(['考评项目', '考核项目', '考核内容']), '具体内容', rng.pick(['考评标准', '评分标准', '考核细则']), rng.pick(['责任科室', '责任处室', '责任单位'])];
  const key: KeyTask[] = [];
  let group = 0;
  let n = 0;
  for (const t of tasks) {
    const name = itemName(t.title);
    if (name === null || t.leads.length === 0) continue;
    if (n === 0 || rng.next() < 0.2) {
      group += 1;
      n = 0;
      out.push(`${cn(group)}、${GROUPS[(group - 1) % GROUPS.length] ?? ''} (${10 + 5 * rng.int(4)}分)`);
    }
    n += 1;
    const points = 2 + rng.int(8);
    if (rng.next() < 0.5) out.push(`${n}.${name}(${points}分)`);
    else out.push(name, `(${points}分)`);
    const sentences = 1 + rng.int(3);
    for (let s = 1; s <= sentences; s += 1) out.push(`${s}.${drop(t.title)},结合实际细化措施并督办落实,${1 + rng.int(3)}分。未落实的,每项扣0.5分。`);
    out.push(join(t.leads));
    // 责任科室 is a bare list: its first unit leads, the others take part.
    key.push(keyTask(name, { leads: t.leads.slice(0, 1), participants: t.leads.slice(1) }));
  }
  return { text: [...f.head, '附件2', `${f.issuer}模范机关建设任务分工`, paragraphs(out), ...f.foot].join('\n'), key };
};

export const tables52Layouts: Layout[] = [
  { id: 'cells-merged-kind-split-header', what: 'one cell per paragraph, header words split over two paragraphs (项目/类别, 牵头/部门, 完成/时间), merged 项目类别 never printed, header reprinted mid-table (heldout50 1164)', make: (rng, t) => mergedKind(rng, t) },
  { id: 'bars-wrapped-header-empty-tail', what: '`cell |` progress table, header wrapped onto `任务完成率 | 备注 | |`, rows ending `| ||`, long 备注 sentences (heldout51 1183)', make: (rng, t) => wrappedProgress(rng, t) },
  { id: 'cells-scoring-table', what: 'scoring table one cell per paragraph: item (points under it or in a bracket), numbered scoring sentences, unit alone; group lines (heldout50 1162)', make: (rng, t) => scoringRows(rng, t) },
];
