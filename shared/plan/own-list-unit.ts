// A unit's own list, as its title calls it: `洋县林业局生态环境保护具体事项清单`, `市统计局2024年工作要点`, `区档案馆责任清单`. Its items
// name no doer because the title already has: every item is the work of the unit the title opens with, as the office
// reads such a list and as it would chase it. Only when no task of the document names any unit at all: a list that
// hands out even one item to a unit says who does each, and the title's unit is then only its publisher.
import { isDepartmentLike } from './unit-names.js';
import type { ParsedTask } from './types.js';

type Line = { line: number; text: string };

/** What such a title calls itself after the unit (and a topic or a year): a list of the unit's own work. */
const OWN_LIST_KIND = /(?:(?:责任|任务|事项|职责|权责|工作)清单|工作要点|工作计划|工作任务|重点工作|工作台账|任务分解)表?$/;
const TITLE = /^[\u4e00-\u9fff()()\d〇一二三四五六七八九十—-]{6,40}$/;

/** The unit a title line opens with, when the line calls itself that unit's own list; else null. */
export const ownListUnitOfTitle = (text: string): string | null => {
  const t = text.replace(/\s+/g, '');
  // `X局关于落实…的实施方案`: a document of X's about other work, not a list of X's own.
  if (!TITLE.test(t) || !OWN_LIST_KIND.test(t) || /关于|關於/.test(t)) return null;
  for (let end = Math.min(t.length - 2, 16); end >= 3; end -= 1) {
    const unit = t.slice(0, end);
    if (isDepartmentLike(unit) && !/^(?:各|有关|相关|全)/.test(unit)) return unit;
  }
  return null;
};

/**
 * Every task leads by the unit of the document's own-list title, found among its first lines, when no task names a
 * unit. The lead is inferred, for the preview to ask the office to confirm it.
 */
export const leadsOfOwnList = (tasks: ParsedTask[], lines: readonly Line[]): ParsedTask[] => {
  if (tasks.length === 0 || tasks.some((t) => t.leads.length + t.participants.length > 0)) return tasks;
  const firstTask = Math.min(...tasks.map((t) => t.line));
  const unit = lines
    .filter((l) => l.line < firstTask)
    .slice(0, 30)
    .map((l) => ownListUnitOfTitle(l.text.trim()))
    .find((u): u is string => u !== null);
  return unit ? tasks.map((t) => ({ ...t, leads: [unit], isLeadInferred: true })) : tasks;
};
