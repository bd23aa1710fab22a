// A table shape of heldout55 (brief H-fix9-tables56): a yearbook's 序号/项目/责任单位 table flattened one row a
// line, the header glued into one word run, each row's number glued to its text and its first unit glued after
// the text's full stop, each further unit on a line of its own (1265).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { bare, coLeads, keyTask, type Generated } from './body.js';
import { frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;]$/, '');

/** `序号项目名称责任单位` / `1切实解决……。市房管局` / `市建设局` / `2……。市卫生局`. */
const gluedRowLines = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const unitWord = rng.pick(['责任单位', '牵头单位', '责任部门']);
  const header = `序号${rng.pick(['项目名称', '项目内容', '工作任务', '实事项目'])}${unitWord}`;
  const out = [`${f.issuer}${2008 + rng.int(12)}年为民办实事项目`, rng.pick(['表1', '表 2', '']), header].filter((l) => l !== '');
  const key: KeyTask[] = [];
  tasks.forEach((t, k) => {
    const [first, ...others] = [...t.leads, ...t.participants];
    out.push(`${k + 1}${drop(t.title)}。${first ?? ''}`, ...others);
    // 责任单位 is a bare list (its first unit leads, the others take part); the units of a 牵头单位 column all lead.
    key.push(keyTask(t.title, unitWord === '牵头单位' ? coLeads(t) : bare(t)));
  });
  return { text: [...f.head, '【概况】全年实事项目均已按计划推进,大部分提前完成。', out.join('\n'), ...f.foot].join('\n'), key };
};

export const tables56Layouts: Layout[] = [
  { id: 'glued-row-lines-table', what: '序号/项目/责任单位 table flattened one row a line: header glued, number glued to the text, first unit glued after its full stop, further units one a line (heldout55 1265)', make: (rng, t) => gluedRowLines(rng, t) },
];
