// A 建议/提案办理 or 督查 report names each item by the unit that handles it and the item's own words in quotes:
// `1.区交通局承办的“关于修缮某路的建议”(第3号)`, or in one paragraph `如县民政局负责的“……。”截至目前……;`,
// `A、B、C负责的“……”`. Each such item is a task titled by the quoted text, led by the unit(s) before 承办的/负责的.
import type { SourceLine } from './body.js';
import type { ParsedTask } from './types.js';
import { isDepartmentLike, splitUnitList } from './unit-names.js';

/** `<units>承办的“<title>”`: the units run from the last stop (or the line's start) to the verb; the title may quote a name (`完成“X”工程`). */
const QUOTED = /([^,,;;。::“”"!?!?\s]{2,60})(?:承办|负责|牵头|主办)的“((?:[^“”]|“[^“”]{1,30}”){4,200})”/g;
/** An item's number, and words that open the clause rather than name the unit (`如`, `其中`). */
const ITEM_NUMBER = /^(?:\d{1,3}[.、.]|[((](?:\d{1,3}|[一二三四五六七八九十]{1,3})[))]|[一二三四五六七八九十]{1,3}、)/;
const OPENER = /^(?:例如|比如|其中|此外|另外|如|即|像)(?=[县市区省州盟旗镇乡街各])/;
/** A name with a verb or preposition inside is a clause (`督查室对各部门`), not a unit. */
const CLAUSE_WORD = /对(?!外)|[向把将在给于被]/;
/** A clause's own verb or preposition before the unit (`按照市政府牵头的“…”`): the quote is the unit's, not an item. */
const VERB_START = /^(?:按照|按|根据|依据|围绕|关于|落实|推进|完成|加快|做好|配合|协助|督促|督查|检查|要求|参照|通过|结合|抓好|支持)/;

/** The units named by `segment`, or null when it is anything but a list of unit names. */
const unitsOf = (segment: string): string[] | null => {
  const text = segment.replace(ITEM_NUMBER, '').replace(OPENER, '');
  const names = splitUnitList(text);
  if (names.length === 0 || VERB_START.test(text) || names.some((n) => n.length > 16 || n.length < 2 || CLAUSE_WORD.test(n) || /\d/.test(n) || !isDepartmentLike(n))) return null;
  return names;
};

/** The quoted items of `lines`, each a task (its first unit leads; more units listed bare: the rest take part). */
export const quotedAssignmentTasks = (lines: SourceLine[]): ParsedTask[] => {
  const tasks: ParsedTask[] = [];
  for (const l of lines) {
    for (const m of l.text.matchAll(QUOTED)) {
      const units = unitsOf(m[1] ?? '');
      const title = (m[2] ?? '').trim().replace(/[。;;]$/, '');
      if (!units || title.length < 4) continue;
      const code = ITEM_NUMBER.exec(m[1] ?? '')?.[0].replace(/[.、.]$/, '') ?? '';
      tasks.push({
        path: `q${tasks.length + 1}`,
        code,
        level: 1,
        section: '',
        title,
        content: '',
        deadlineText: '',
        leads: units.slice(0, 1),
        participants: units.slice(1),
        isLeadInferred: units.length > 1,
        line: l.line,
      });
    }
  }
  return tasks;
};

/**
 * The body's tasks with the quoted items in place of whatever was read from their lines (a numbered
 * `1.X承办的“…”` line read as an item titled by the whole line).
 */
export const withQuotedAssignments = (tasks: ParsedTask[], lines: SourceLine[]): ParsedTask[] => {
  const quoted = quotedAssignmentTasks(lines);
  if (quoted.length === 0) return tasks;
  const taken = new Set(quoted.map((t) => t.line));
  return [...tasks.filter((t) => !taken.has(t.line)), ...quoted].sort((a, b) => a.line - b.line);
};
