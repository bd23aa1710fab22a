// Units named mid-sentence after a verb (brief H-fix11-verbs58): a 会议纪要 topic whose paragraph asks a unit to do the
// work (`会议原则同意…,请X按会议讨论意见…`, `议定:…请A、B各…`), and a list of hand-overs (`将…移交X承担`, `由X组织推进`).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { keyTask, type Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;!]+$/, '');

/** `一、<topic>` / `会议原则同意…,请X按会议讨论意见…,提请…审议。` — X leads; `请A、B各…` both lead. */
const meetingRequests = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines: string[] = [];
  const key: KeyTask[] = [];
  tasks.forEach((t, k) => {
    const [a, b] = [t.leads[0] ?? '', t.participants[0] ?? ''];
    const opening = rng.pick(['会议原则同意有关方案,', '议定:同意该事项的工作安排,', '会议听取了汇报,']);
    const after = rng.pick(['提请县人大常委会审议。', '报县政府审定后实施。', '确保按期完成。']);
    const each = Boolean(b) && b !== a && rng.next() < 0.4;
    lines.push(`${cn(k + 1)}、${drop(t.title)}`);
    if (!a) lines.push(`${opening}${after}`);
    else if (each) lines.push(`${opening}请${a}、${b}各${rng.pick(['负责一个片区', '牵头一项工作'])},${after}`);
    else lines.push(`${opening}请${a}${rng.pick(['按会议讨论意见进一步修改完善', '按照会议要求抓紧组织实施', '根据会议意见认真抓好落实'])},${after}`);
    key.push(keyTask(t.title, { leads: !a ? [] : each ? [a, b] : [a], participants: [] }));
  });
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

/** `1、将<task>的职责移交X承担。` / `2、<task>,其总体工作由X组织推进。` — X leads. */
const handOvers = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [rng.pick(['职责调整事项', '转移职责'])];
  const key: KeyTask[] = [];
  const sep = rng.pick(['、', '.']);
  tasks.forEach((t, k) => {
    const a = t.leads[0] ?? '';
    const form = rng.pick(['move', 'by']);
    if (!a) lines.push(`${k + 1}${sep}${drop(t.title)}。`);
    else if (form === 'move') lines.push(`${k + 1}${sep}将${drop(t.title)}的职责移交${a}承担。`);
    else lines.push(`${k + 1}${sep}${drop(t.title)}除纳入日常检查外,其总体工作由${a}组织推进。`);
    key.push(keyTask(t.title, { leads: a ? [a] : [], participants: [] }));
  });
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

export const verbs58Layouts: Layout[] = [
  { id: 'meeting-topic-request-verb', what: '`一、<议题>` / `会议原则同意…,请X按会议讨论意见…` (`请A、B各…`: both lead): the unit named after 请 leads', make: (rng, t) => meetingRequests(rng, t) },
  { id: 'hand-over-verb-items', what: '`1、将…的职责移交X承担。` / `…,其总体工作由X组织推进。`: the unit that takes the work on leads', make: (rng, t) => handOvers(rng, t) },
];
