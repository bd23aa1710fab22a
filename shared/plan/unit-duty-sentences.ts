// A division of work written as sentences run together, each opened by its unit and a comma
// (`交通部门,负责通村公路建设。 教育部门,负责义务教育。 水利部门,负责防汛抗旱工作。`), in one paragraph or one
// sentence a line: each sentence is a task led by its unit. Made into `1.职责` / `责任单位:X` lines for the body
// reader, only where at least three such sentences run in a row and the run stands at the top or under a section
// (一、/(一)/第一章): under a `1.` item such sentences are that item's own text.
import type { SourceLine } from './body.js';
import { readHeading, SECTION_KINDS } from './numbering.js';
import { isDepartmentLike } from './unit-names.js';

const DUTY_SENTENCE = /^([\u4e00-\u9fff()()]{2,30}?)[,,]\s*((?:负责|指导|牵头|承担|配合|协助|组织)[\s\S]*)$/;
// A page's own mark before the run (`[接上页]`, `【续】`): no part of the first sentence.
const PAGE_MARK = /^([[【〔][^\]】〕]{1,8}[\]】〕])\s*/;
const FEWEST = 3;

type Duty = { unit: string; duty: string };
type Parts = { mark: string; duties: Duty[]; tail: string };

const dutyOf = (sentence: string): Duty | null => {
  const m = DUTY_SENTENCE.exec(sentence);
  const unit = m?.[1];
  if (!m || unit === undefined || !isDepartmentLike(unit) || readHeading(sentence) !== null) return null;
  return { unit, duty: (m[2] ?? '').trim() };
};

/** A line's leading duty sentences, after a page mark, and what follows them. */
const partsOf = (text: string): Parts => {
  const trimmed = text.trim();
  const mark = PAGE_MARK.exec(trimmed)?.[1] ?? '';
  const sentences = trimmed
    .slice(PAGE_MARK.exec(trimmed)?.[0].length ?? 0)
    .split(/(?<=[。;;])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const duties: Duty[] = [];
  for (const s of sentences) {
    const duty = dutyOf(s);
    if (!duty) break;
    duties.push(duty);
  }
  return { mark, duties, tail: sentences.slice(duties.length).join(' ') };
};

const underSection = (lines: SourceLine[], at: number): boolean => {
  const above = lines
    .slice(0, at)
    .map((l) => readHeading(l.text.trim()))
    .filter((h) => h !== null)
    .pop();
  return !above || SECTION_KINDS.has(above.kind);
};

/** The task's title: the duty, without the 负责 that opens most of them. */
const itemText = (duty: string): string => duty.replace(/^负责/, '');

export const splitUnitDutySentences = (lines: SourceLine[]): SourceLine[] => {
  const parts = lines.map((l) => partsOf(l.text));
  const out: SourceLine[] = [];
  let i = 0;
  while (i < lines.length) {
    // A run: lines of duty sentences only, the first after a page mark at most, the last with a tail at most.
    let end = i;
    let count = parts[i]?.duties.length ?? 0;
    while (count > 0 && parts[end]?.tail === '' && end + 1 < lines.length && parts[end + 1]?.mark === '' && (parts[end + 1]?.duties.length ?? 0) > 0) {
      end += 1;
      count += parts[end]?.duties.length ?? 0;
    }
    const line = lines[i];
    if (!line || count < FEWEST || !underSection(lines, i)) {
      if (line) out.push(line);
      i += 1;
      continue;
    }
    let n = 0;
    for (let k = i; k <= end; k += 1) {
      const at = lines[k]?.line ?? line.line;
      const p = parts[k];
      if (!p) continue;
      if (p.mark !== '') out.push({ line: at, text: p.mark });
      for (const d of p.duties) {
        n += 1;
        out.push({ line: at, text: `${n}.${itemText(d.duty)}` }, { line: at, text: `责任单位:${d.unit}` });
      }
      if (p.tail !== '') out.push({ line: at, text: p.tail });
    }
    i = end + 1;
  }
  return out;
};
