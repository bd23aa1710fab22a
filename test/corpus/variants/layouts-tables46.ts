// Three table shapes of heldout46/47 (brief H-fix5-tables), one cell per line with a blank line between cells:
// a 序号 column printed empty (its cells absent) with `一、` group rows and `(1)…。` subheads (1083); a handover
// list `序号 / 职能名称 / 事项名称 / 移交单位 / 承接单位 / 备注`, 职能名称 merged down, helpers in 备注 as `X配合`
// (1103); a duty table with its unit column first, `相关部门 / 职责分工`, 会同 units inside the duty (1101).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { join, keyTask, stated, type Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const GROUPS = ['关于优化经济结构', '关于改善城乡面貌', '关于保障改善民生', '关于深化改革开放'];
const SUBHEADS = ['加快发展现代服务业。', '大力发展先进制造业。', '推进城乡环境整治。', '完善社会保障体系。', '优化营商环境。'];
const KINDS = ['民政类职能', '卫生健康类职能', '社会保障类职能', '应急管理类职能'];
const drop = (title: string): string => title.replace(/[。;;]$/, '');
const cells = (list: string[]): string => list.filter((c) => c !== '').join('\n\n');

/** `序号 / 重点工作内容 / 责任单位 / 配合单位`, rows of three cells (no 序号), `一、` groups and `(1)…。` subheads. */
const absentSeq = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const out = ['序号', rng.pick(['重点工作内容', '工作内容', '具体内容']), '责任单位', '配合单位'];
  const key: KeyTask[] = [];
  let group = 0;
  let sub = 0;
  tasks.forEach((t, k) => {
    if (k === 0 || (rng.next() < 0.2 && k < tasks.length - 2)) {
      group += 1;
      out.push(`${cn(group)}、${GROUPS[(group - 1) % GROUPS.length] ?? ''}`);
    }
    if (k === 0 || (rng.next() < 0.3 && k < tasks.length - 2)) {
      sub += 1;
      out.push(`(${sub})${SUBHEADS[(sub - 1) % SUBHEADS.length] ?? ''}`);
    }
    out.push(t.title, join(t.leads), join(t.participants));
    key.push(keyTask(t.title, stated(t)));
  });
  return { text: [...f.head, '附件', `${f.issuer}重点工作责任单位表`, cells(out), ...f.foot].join('\n'), key };
};

/** `序号 / 职能名称 / 事项名称 / 移交单位 / 承接单位 / 备注`: the taking-over unit answers, `X配合` in 备注 helps. */
const handover = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const from = `${f.issuer}${rng.pick(['经济开发区社会事务局', '高新区社会事业局', '工业园区社会事务局'])}`;
  const out = ['序号', '职能名称', '事项名称', '移交单位', '承接单位', '备注'];
  const key: KeyTask[] = [];
  let kind = 0;
  tasks.forEach((t, k) => {
    const opens = k === 0 || (rng.next() < 0.3 && k < tasks.length - 1);
    if (opens) kind += 1;
    const helped = t.participants.length > 0 && rng.next() < 0.8;
    const note = helped ? `${join(t.participants)}配合` : rng.pick(['', '', `配合${from}`, '按季度报送']);
    out.push(String(k + 1), opens ? (KINDS[(kind - 1) % KINDS.length] ?? '') : '', drop(t.title), from, join(t.leads), note);
    // 承接单位 is a bare list (as 承担单位): its first unit leads, the others and the 备注 helpers take part.
    key.push(keyTask(t.title, { leads: t.leads.slice(0, 1), participants: [...t.leads.slice(1), ...(helped ? t.participants : [])] }));
  });
  return { text: [...f.head, '附件', `${f.issuer}社会事务管理职能移交清单`, cells(out), ...f.foot].join('\n'), key };
};

/** `相关部门 / 职责分工`: a unit cell, then its duty; `会同A、B,…` in the duty names helpers. */
const unitFirstDuties = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const out = [rng.pick(['相关部门', '责任部门', '部门']), rng.pick(['职责分工', '职责', '主要职责'])];
  const key: KeyTask[] = [];
  tasks.forEach((t) => {
    const helped = t.participants.length > 0 && rng.next() < 0.7;
    const tail = helped ? `会同${join(t.participants)},${rng.pick(['做好相关工作。', '开展专项检查。', '落实保障措施。'])}` : '';
    out.push(join(t.leads), `${drop(t.title)}${tail === '' ? '。' : `;${tail}`}`);
    key.push(keyTask(t.title, { leads: t.leads, participants: helped ? t.participants : [] }));
  });
  const after = ['相关依据 相关依据', `《${f.issuer}部门职责边界清单》。`];
  return { text: [`当前位置:首页 > 责任清单 > 与相关部门的职责边界`, `管理事项 ${rng.pick(['城市内涝防治', '考试安全保障', '食品安全监管'])}`, cells(out), ...after].join('\n'), key };
};

export const tables46Layouts: Layout[] = [
  { id: 'cells-absent-seq-subheads', what: '序号 column printed empty (cells absent), one cell per line: `一、` group rows, `(1)…。` subheads, rows task / 责任单位 / 配合单位 (heldout46 1083)', make: (rng, t) => absentSeq(rng, t) },
  { id: 'cells-handover-list', what: 'handover list one cell per line: 事项名称 task, 承接单位 bare list, 移交单位 aside, 职能名称 merged, 备注 `X配合` helpers (heldout47 1103)', make: (rng, t) => handover(rng, t) },
  { id: 'cells-unit-first-duties', what: 'duty table unit column first, `相关部门 / 职责分工`, one cell per line, `会同A、B` helpers in the duty (heldout47 1101)', make: (rng, t) => unitFirstDuties(rng, t) },
];
