// A two-column duty table printed one cell per line, its unit column FIRST (`相关部门 / 职责分工`, the
// 职责边界 page of a 责任清单): each row is a unit's share of the work, the unit its lead and the duty text the
// task. No 序号 and no task word in the header, so the usual reading found no table. `会同A和B,…` inside
// the duty names the units it works with, who take part. Only when every first cell is a list of units and
// every second one is text (no unit list): the cells themselves tell the columns apart.
import type { SourceLine } from './body.js';
import type { FoundTable } from './flattened.js';
import { titleBefore } from './flattened-forms.js';
import { isUnitCellText } from './unnumbered-rows.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';
import { foldPunctuation } from './text.js';
import { toSimplified } from './script-fold.js';
import type { TableRow } from './header-roles.js';

const word = (text: string): string => toSimplified(foldPunctuation(text).replace(/\s+/g, ''));
/** The unit column's header: the departments the duties are shared among. */
export const UNIT_HEADER = /^(相关|责任|职能|主责|承担|涉及)?(部门|单位)(名称)?$/;
/** The duty column's header. */
export const DUTY_HEADER = /^(主要|工作|具体|部门)?职责(分工|内容|任务|事项|范围)?$|^(工作|任务)分工$/;

const GENERIC = /^各?(?:有关|相关)(?:部门|单位)$/;

/** `会同A和B,对…` / `会同A、B开展…`: the units the duty is done with. */
const withUnits = (duty: string): string[] =>
  [...duty.matchAll(/会同([^,,;;。:]{2,160})/g)].flatMap((m) => {
    const run = (m[1] ?? '').trim();
    // The list ends where the work begins (`会同A、B开展…`, `会同A和B共同…`): the longest unit list at its start.
    for (let end = run.length; end >= 2; end -= 1) {
      const names = splitUnitList(run.slice(0, end).replace(/等(?:有关)?(?:部门|单位)$/, ''));
      // `会同有关部门` names no unit of its own.
      if (isUnitNameList(names)) return names.filter((n) => !GENERIC.test(n));
    }
    return [];
  });

/** A duty cell: text, not a unit list, long enough to say some work. */
const isDutyCell = (text: string): boolean => text.length >= 6 && !isUnitCellText(text) && !UNIT_HEADER.test(word(text));

export const unitDutyTable = (lines: SourceLine[], at: number): FoundTable | null => {
  if (!UNIT_HEADER.test(word(lines[at]?.text ?? ''))) return null;
  // The cells one per line (blank lines between them dropped).
  const cells: { k: number; text: string }[] = [];
  for (let k = at + 1; k < lines.length && cells.length < 400; k += 1) {
    const t = lines[k]?.text.trim() ?? '';
    if (t.length > 0) cells.push({ k, text: t });
  }
  if (!DUTY_HEADER.test(word(cells[0]?.text ?? ''))) return null;
  const rows: TableRow[] = [];
  const used = [lines[at]?.line ?? 0, lines[cells[0]?.k ?? at]?.line ?? 0];
  for (let n = 1; n + 1 < cells.length; n += 2) {
    const unit = cells[n];
    const duty = cells[n + 1];
    if (!unit || !duty || unit.text.length > 60 || !isUnitCellText(unit.text) || !isDutyCell(duty.text)) break;
    const line = lines[unit.k]?.line ?? 0;
    rows.push({ line, cells: [unit.text, duty.text, withUnits(duty.text).join('、')] });
    used.push(line, lines[duty.k]?.line ?? 0);
  }
  if (rows.length < 2) return null;
  return { title: titleBefore(lines, at), roles: ['lead', 'content', 'participant'], rows, lines: used, headerLine: lines[at]?.line ?? 0, stray: [], headers: [lines[at]?.text.trim() ?? '', cells[0]?.text ?? '', ''] };
};
