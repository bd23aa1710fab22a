// Numbered lines that are no tasks, read after every other rule (a hook at the end of document.ts):
// - the points an inspection looks at, under `二、检查内容` / `(二)督查内容` / `三、考核事项` (`1、责任制落实情况;`),
//   when none of them names a unit and the page's tasks do (a page with no unit at all keeps its items: there
//   they are the only work the office has);
// - a line that only lists the units praised or blamed in a notice (`表现好的单位:A、B,表现较差的单位:C、D`);
// - a heading that only names a body's way of working (`(三)领导小组工作机制`, `(五)部门联席会商机制`) over a
//   paragraph with no unit: a chapter like 保障机制 (non-task-titles.ts), not work to do. `建立健全工作机制` (a verb
//   before it) stays a task.
import type { ParsedSection, ParsedTask, UnplacedLine } from './types.js';

/** The heading over what an inspection checks, whole title only (`检查内容`, `督查的主要内容`, `考核事项`). */
const CHECKLIST_HEADING = /^(安全)?(检查|督查|督导|巡查|抽查|核查|考核|考评|评估|验收)(的)?(主要|重点|具体)?(内容|事项)$/;

/** A unit roster of a notice: `…好的单位:`, `…较差的部门:`, `先进单位:`. */
const ROSTER_LABEL = /(较好|好|优秀|突出|先进|较差|差|落后|滞后|后进)的?(单位|部门)(有|是)?[::]/g;

/** A noun phrase ending in a working-mechanism word, whole title only. */
const MECHANISM_TITLE = /^([\u4e00-\u9fa5]{0,14})(工作|运行|协调|会商|联络|联动|议事|例会)机制$/;
const MECHANISM_VERB = /建立|健全|完善|构建|创新|形成|强化|落实|理顺|优化|推行|实行|制定|探索|深化|加强|推进|实施|严格|改革|坚持|用好|发挥/;
const isMechanismTitle = (title: string): boolean => {
  const m = MECHANISM_TITLE.exec(title.replace(/[。::\s]/g, ''));
  return m !== null && !MECHANISM_VERB.test(m[1] ?? '');
};

const hasUnits = (t: ParsedTask): boolean => t.leads.length + t.participants.length > 0;

/** The text of a task once its roster parts (`表现好的单位:A、B`) are taken out: only a lead-in is left. */
const isRosterOnly = (t: ParsedTask): boolean => {
  const text = `${t.title}${t.content}`.replace(/\s+/g, '');
  const labels = [...text.matchAll(ROSTER_LABEL)];
  if (labels.length === 0) return false;
  const first = labels[0]?.index ?? 0;
  // What comes before the first label says where (`本周执勤表现`), never what to do.
  const before = text.slice(0, first);
  return before.length <= 24 && !/[要应须]|负责|落实|开展|推进|加强|整改|完成|做好|确保/.test(before);
};

const sectionOf = (path: string): string => path.split('/').slice(0, -1).join('/');

export const dropChecklistItems = (
  tasks: ParsedTask[],
  sections: ParsedSection[],
): { tasks: ParsedTask[]; unplaced: UnplacedLine[] } => {
  const unplaced: UnplacedLine[] = [];
  const anyUnits = tasks.some(hasUnits);
  const titleOf = new Map(sections.map((s) => [s.path, s.title.replace(/[。::\s]/g, '')]));
  const checklists = new Set<string>();
  for (const [path, title] of titleOf) {
    if (!anyUnits || !CHECKLIST_HEADING.test(title)) continue;
    const under = tasks.filter((t) => sectionOf(t.path) === path);
    if (under.length > 0 && !under.some(hasUnits)) checklists.add(path);
  }
  const kept = tasks.filter((t) => {
    if (checklists.has(sectionOf(t.path))) {
      unplaced.push({ line: t.line, text: t.title.slice(0, 80), reason: `“${titleOf.get(sectionOf(t.path)) ?? ''}”下是检查的事项,不是具体任务`, kind: 'skipped' });
      return false;
    }
    if (!hasUnits(t) && isMechanismTitle(t.title)) {
      unplaced.push({ line: t.line, text: t.title.slice(0, 80), reason: `“${t.title}”说的是工作方式,不是具体任务`, kind: 'skipped' });
      return false;
    }
    if (anyUnits && !hasUnits(t) && isRosterOnly(t)) {
      unplaced.push({ line: t.line, text: t.title.slice(0, 80), reason: '只列出表现好或差的单位,不是具体任务', kind: 'skipped' });
      return false;
    }
    return true;
  });
  return { tasks: kept, unplaced };
};
