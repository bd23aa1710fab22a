// A digest of problems handed to units, printed as label records with no other numbering:
// `问题一:<problem>` / `处置部门:<unit>` / `处理情况:<what was done>` (the unit's label sometimes glued to the end of
// the problem's line). Each record is a task: the problem its title, the unit its lead (inferred: no 牵头 word),
// the outcome its text. Made into `1.问题` / `责任单位:X` lines for the body reader, when at least two records
// each name their unit.
import type { SourceLine } from './body.js';

const HEAD = /^(?:问题|事项|案件|诉求|投诉|线索|反映问题)\s*(?:[一二三四五六七八九十百零〇]{1,4}|\d{1,3})\s*[::]\s*(.*)$/;
const UNIT_LABEL = /(?:处置|处理|办理|承办|交办|责任|整改)(?:部门|单位)\s*[::]\s*/;
// The record's fields after its unit: they end the search for the unit.
const FIELDS_AFTER = 4;

type Record = { head: number; title: string; unitLine: number; unit: string; glued: boolean };

const recordAt = (lines: SourceLine[], i: number): Record | null => {
  const head = HEAD.exec(lines[i]?.text.trim() ?? '');
  if (!head) return null;
  const rest = (head[1] ?? '').trim();
  // `问题二:…挪位处置部门:某某处`: the unit's label glued to the end of the problem.
  const glued = UNIT_LABEL.exec(rest);
  if (glued && glued.index > 0) {
    const unit = rest.slice(glued.index + glued[0].length).trim();
    return unit ? { head: i, title: rest.slice(0, glued.index).trim(), unitLine: i, unit, glued: true } : null;
  }
  for (let k = i + 1; k <= i + FIELDS_AFTER && k < lines.length; k += 1) {
    const text = lines[k]?.text.trim() ?? '';
    if (HEAD.test(text)) return null;
    const label = UNIT_LABEL.exec(text);
    if (label?.index === 0) {
      const unit = text.slice(label[0].length).trim();
      return unit && rest ? { head: i, title: rest, unitLine: k, unit, glued: false } : null;
    }
  }
  return null;
};

export const numberProblemRecords = (lines: SourceLine[]): SourceLine[] => {
  const records: Record[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const r = recordAt(lines, i);
    if (r) records.push(r);
  }
  if (records.length < 2) return lines;
  const heads = new Map(records.map((r, n) => [r.head, { r, n: n + 1 }]));
  const units = new Set(records.filter((r) => !r.glued).map((r) => r.unitLine));
  return lines.flatMap((l, k): SourceLine[] => {
    const at = heads.get(k);
    if (at) return [{ line: l.line, text: `${at.n}.${at.r.title}` }, ...(at.r.glued ? [{ line: l.line, text: `责任单位:${at.r.unit}` }] : [])];
    if (units.has(k)) return [{ line: l.line, text: `责任单位:${l.text.trim().replace(UNIT_LABEL, '')}` }];
    return [l];
  });
};
