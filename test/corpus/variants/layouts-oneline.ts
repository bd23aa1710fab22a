// A whole table run onto ONE line with single spaces between its cells (heldout24's 662 and 664: a law site's and
// a document site's reposts that lost every line break of the table): the title, the header (a word maybe spelled
// a character at a time), group headings `一、…` and the numbered rows `N 任务 A,B 全年` on one line.
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { bare, keyTask, type Generated } from './body.js';
import { cn, frame, person } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const GROUPS = ['健全工作机制', '深化重点改革', '强化监督检查', '夯实基层基础', '推进重点工程'];
const DUE = ['全年', '四月份', '二季度', '2024年6月底前', '长期坚持', '年底前', '9月底前完成', '持续推进'];

/**
 * `序号 工 作 内 容 责任部门 完成时限 一、组 1 任务 A,B 全年 2 …` on one line (or the header alone and the rows on two
 * long lines); a 责任领导 column of names in some.
 */
const oneLine = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const spell = (w: string): string => (rng.next() < 0.5 ? [...w].join(' ') : w);
  const withLeader = rng.next() < 0.35;
  const withDue = rng.next() < 0.75;
  const restart = rng.next() < 0.3;
  const comma = rng.pick([',', '、', ',']);
  const header = ['序号', spell(rng.pick(['工作内容', '工作任务', '重点任务', '主要任务'])), ...(withLeader ? ['责任领导'] : []), rng.pick(['责任单位', '责任部门']), ...(withDue ? [rng.pick(['完成时限', '完成时间'])] : [])];
  const words: string[] = [...header];
  const key: KeyTask[] = [];
  let group = 0;
  let n = 0;
  /** Where each row opens among the words, to break a few long lines at. */
  const starts: number[] = [];
  const grouped = rng.next() < 0.8;
  tasks.forEach((t, k) => {
    if (grouped && (k === 0 || (rng.next() < 0.3 && k < tasks.length - 1))) {
      group += 1;
      words.push(`${cn(group)}、${GROUPS[(group - 1) % GROUPS.length] ?? ''}`);
      if (restart) n = 0;
    }
    n += 1;
    starts.push(words.length);
    const units = [...t.leads, ...t.participants].join(comma);
    const due = withDue ? rng.pick(DUE) : undefined;
    words.push(String(n), t.title.replace(/[。;;]$/, ''), ...(withLeader ? [rng.next() < 0.3 ? '分管领导' : person(rng)] : []), units, ...(due ? [due] : []));
    key.push(keyTask(t.title, bare(t), due));
  });
  // The notice before it and the table's title run into the same line half the time.
  const title = `${f.issuer}重点工作任务分解表`;
  const line = rng.next() < 0.5 ? [title, ...words].join(' ') : [f.head[f.head.length - 1] ?? '', title, ...words].join(' ');
  // A few long lines instead of one, a third of the time: the header alone, the rows broken in two at a row's number.
  if (rng.next() < 0.35) {
    const mid = starts[Math.floor(starts.length / 2)] ?? words.length;
    const lines = [[title, ...header].join(' '), words.slice(header.length, mid).join(' '), words.slice(mid).join(' ')];
    return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
  }
  return { text: [...f.head.slice(0, -1), line, ...f.foot].join('\n'), key };
};

const WORK = ['制定工作方案;明确责任分工;按期上报进展', '开展专项检查,建立问题台账,督促整改到位', '组织培训宣传;落实经费保障', '定期调度推进,年终进行考核'];

/**
 * `项目 负责领导 责任科室 工作内容 完成时间` with no 序号: unnumbered rows `项目 人名 科室 工作内容 全年` on one line,
 * the task named by its 项目 cell, a person's name between it and the units, a deadline closing every row.
 */
const projectLine = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const comma = rng.pick([',', '、']);
  const header = [rng.pick(['项目', '工作项目', '重点任务']), rng.pick(['负责领导', '分管领导', '责任领导']), rng.pick(['责任科室', '责任单位']), rng.pick(['工作内容', '工作内容(按照标准结合实际)']), rng.pick(['完成时间', '完成时限'])];
  const words: string[] = [`${f.issuer}创建工作任务分解表`, ...header];
  const key: KeyTask[] = [];
  tasks.forEach((t) => {
    const due = rng.pick(DUE);
    words.push(t.title.replace(/[。;;]$/, ''), person(rng), [...t.leads, ...t.participants].join(comma), rng.pick(WORK), due);
    key.push(keyTask(t.title, bare(t), due));
  });
  return { text: [...f.head, words.join(' '), ...f.foot].join('\n'), key };
};

export const onelineLayouts: Layout[] = [
  { id: 'oneline-table', what: '整表挤在一行: title, header (a word maybe spaced out), group headings and numbered rows on one line, single spaces (heldout24 662, 664)', make: (rng, t) => oneLine(rng, t) },
  { id: 'oneline-project', what: '整表挤在一行, no 序号: `项目 负责领导 责任科室 工作内容 完成时间` then unnumbered rows `项目 人名 科室 内容 全年` (heldout24 662)', make: (rng, t) => projectLine(rng, t) },
];
