// A report printed as records: `01 项目名称:提升县域生态环境` / `项目内容:…` / `责任单位:` / `水务局、城管局` /
// `进展与成效:…`, the number sometimes alone on its line and the name on the line after its label. The
// record's number and name are the item; its other fields are the item's text. Made into `1.名称` lines
// for the body reader, when at least two records stand so.
import type { SourceLine } from './body.js';

const NAME_LABEL = /^(?:(0?\d{1,2})\s*)?(?:项目|任务|事项|工作|实事|民生实事)名称\s*[::]?\s*(.*)$/;
const NUMBER_ALONE = /^0?\d{1,2}$/;

/** A record's head: its number and name, from line index `start` to `end` (the name's line). */
type RecordHead = { start: number; end: number; number: number; name: string };

const recordHeads = (lines: SourceLine[]): RecordHead[] => {
  const heads: RecordHead[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const text = lines[i]?.text.trim() ?? '';
    // `03` alone, its name label on the next line.
    const numberAlone = NUMBER_ALONE.test(text) && NAME_LABEL.test(lines[i + 1]?.text.trim() ?? '') ? text : null;
    const head = NAME_LABEL.exec(numberAlone !== null ? (lines[i + 1]?.text.trim() ?? '') : text);
    const number = numberAlone ?? head?.[1];
    if (!head || number === undefined) continue;
    let at = numberAlone !== null ? i + 1 : i;
    let name = (head[2] ?? '').trim();
    // The name on the line after its label.
    if (name === '' && (lines[at + 1]?.text.trim() ?? '') !== '') {
      at += 1;
      name = lines[at]?.text.trim() ?? '';
    }
    heads.push({ start: i, end: at, number: Number(number), name });
    i = at;
  }
  return heads.length >= 2 ? heads : [];
};

/**
 * The line indexes of the records' heads (number, name label, name): the record's fields follow them
 * (`项目内容:` / `…` / `责任单位:` / `…`), a record of the body, not a row of a table printed as a form.
 */
export const recordHeadLines = (lines: SourceLine[]): Set<number> =>
  new Set(recordHeads(lines).flatMap((h) => Array.from({ length: h.end - h.start + 1 }, (_, k) => h.start + k)));

export const numberRecordItems = (lines: SourceLine[]): SourceLine[] => {
  const heads = recordHeads(lines);
  if (heads.length === 0) return lines;
  const out: SourceLine[] = [];
  let next = 0;
  for (const head of heads) {
    out.push(...lines.slice(next, head.start));
    const line = lines[head.start];
    if (line) out.push({ line: line.line, text: `${head.number}.${head.name}` });
    next = head.end + 1;
  }
  out.push(...lines.slice(next));
  return out;
};
