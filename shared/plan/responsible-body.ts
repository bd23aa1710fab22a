// A 责任书 (a target-responsibility letter) names its answerable unit once, in a part of its own, and then lists the
// work with no unit on any item: `一、责任主体` / `独山港镇人民政府。` / `二、任务时限` / `2017年1月1日至12月31日。` /
// `三、工作任务` / `1.…`. The part that names the unit and the part that gives the period are no tasks; the unit
// leads every item that names nobody, as the letter says in so many words (责任主体: the one that answers for it).
import { splitUnitList, isUnitNameList } from './unit-names.js';
import type { ParsedTask, UnplacedLine } from './types.js';

/** The title of the part that names the answerable unit. */
const BODY_TITLE = /^(?:责任主体|责任单位|责任部门|责任人单位)$/;
/** The title of the part that gives the letter's period, and a body of dates only. */
const PERIOD_TITLE = /^(?:任务|责任|工作|实施|目标)?(?:时限|期限|期间|时间)$/;
const DATES_ONLY = /^[\d年月日号至到—–~\-\s.。,,]+(?:止)?[。.]?$/;

const bare = (s: string): string => s.replace(/[。::;;\s]/g, '');

/** The units a `责任主体` part names, when its text is those units only. */
const unitsOfPart = (t: ParsedTask): string[] | null => {
  if (!BODY_TITLE.test(bare(t.title)) || t.leads.length + t.participants.length > 0) return null;
  const names = splitUnitList(t.content.replace(/[。;;\s]+$/g, '').trim());
  return names.length > 0 && isUnitNameList(names) ? names : null;
};

export const leadsOfResponsibleBody = (tasks: ParsedTask[]): { tasks: ParsedTask[]; unplaced: UnplacedLine[] } => {
  const found = tasks.map((t) => ({ t, units: unitsOfPart(t) })).find((p) => p.units !== null);
  if (!found?.units) return { tasks, unplaced: [] };
  const { t: part, units } = found;
  const unplaced: UnplacedLine[] = [{ line: part.line, text: `${part.title} ${part.content}`.trim().slice(0, 80), reason: `责任主体:各项任务由“${units.join('、')}”负责`, kind: 'skipped' }];
  const kept = tasks.filter((t) => {
    if (t === part) return false;
    if (t.leads.length + t.participants.length === 0 && PERIOD_TITLE.test(bare(t.title)) && DATES_ONLY.test(t.content.trim())) {
      unplaced.push({ line: t.line, text: `${t.title} ${t.content}`.trim().slice(0, 80), reason: '责任书的期限,不是任务', kind: 'skipped' });
      return false;
    }
    return true;
  });
  return { tasks: kept.map((t) => (t.leads.length + t.participants.length > 0 ? t : { ...t, leads: [...units], isLeadInferred: false })), unplaced };
};
