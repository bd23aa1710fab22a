// `配合区交通局做好户外广告专项整治`: a department's own plan lists work it only helps with. The unit it helps
// leads that work; the plan's own units (its `配合部门:` line) take part. Read only when nothing else names
// a lead, or when the only "lead" is the helped list itself read as a subject (`配合区消防大队`).
import type { ParsedTask } from './types.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

const ASSISTED = /^(?:积极|主动|全力)?配合(.{2,40}?)(?:做好|开展|推进|完成|实施|抓好|落实|加强|搞好|进行|共同|对|把)/;

export const leadsOfAssistedWork = (tasks: ParsedTask[]): ParsedTask[] =>
  tasks.map((task) => {
    const m = ASSISTED.exec(task.title);
    if (!m) return task;
    const helped = splitUnitList(m[1] ?? '');
    if (!isUnitNameList(helped)) return task;
    const isHelped = (name: string): boolean => helped.includes(name.replace(/^配合/, ''));
    if (!task.leads.every(isHelped)) return task;
    return { ...task, leads: helped, participants: task.participants.filter((n) => !isHelped(n)), isLeadInferred: false };
  });
