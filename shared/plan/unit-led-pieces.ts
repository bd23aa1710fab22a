// The reader of last resort, for a page every other reader found no task in (document.ts): the page is cut into
// pieces that each open with the unit that does them, whatever else the page looks like. It reads no shape of its
// own; it asks only "does this sentence open by naming its doer?", with the subject test every other reader shares
// (fallback-leads.ts), on every sentence of the page:
// - a unit label `X:` / `X负责:` opening a sentence (`公安局:抽调…`, `4、市经委负责:…`); a label alone on its line
//   holds the lines under it (each is a task of that unit) until the next label or heading;
// - a sentence whose subject is a unit (`公安局担当…`, `保密局要指导…`, `A、B负责…`), or that opens `由X负责…`.
// A piece runs from such a sentence to the next one or to the end of its paragraph. Why a last resort and not a
// rule: five rounds of pages nobody had seen showed that most of the tasks missed on them sat on pages where no
// task was found at all (news reports, duty lists run together, minutes), each in a shape no reader knew; the
// subject of a sentence is what all those shapes share.
import { splitTitle } from './numbering.js';
import { byClauses, LABEL, opening, type Units } from './piece-openings.js';
import { ABOUT_A_DOCUMENT, isHeading, NARRATIVE, SHI_HEADING, sentences, WHO_ONLY, withoutNumber } from './piece-sentences.js';
import type { SourceLine } from './body.js';
import type { ParsedTask } from './types.js';

/** `lines`: every line the piece's text was taken from (a goal and the who-line under it are two). */
type Piece = { line: number; units: Units; text: string; lines: number[] };

/** The pieces as tasks, and the lines they were read from (the labels that named their units too). */
const unitLedPieces = (lines: readonly SourceLine[]): { tasks: ParsedTask[]; lines: Set<number> } => {
  const pieces: Piece[] = [];
  const labels = new Set<number>();
  let holder: Units | null = null;
  // The line before, when it opened no piece: the work a who-only line after it assigns.
  let previous: SourceLine | null = null;
  for (const l of lines) {
    const text = l.text.trim();
    let current: Piece | null = null;
    let opened = false;
    const work = previous;
    previous = null;
    // A line with no sentence in it (a headline, `X专题会议纪要`) opens nothing; a label alone is read below.
    // A news headline (`X办公室 召开…协调会`) may run longer.
    const isTitle = !/[。;;,,::!?!?]/.test(text) && (text.length <= 30 || /召开|举行|举办|出席|调研|督导|督查|检查/.test(text));
    // A notice's addressees (`各乡镇人民政府,县直各部门:`) name no doer.
    if (/[::]$/.test(text) && /[,,]/.test(text) && !/[。;;]/.test(text)) continue;
    // `一是全面梳理,协同攻坚。区建管中心督促…`: a counted part's short heading names no one; the sentence after it
    // that opens with a unit is that part's work, and the heading its title.
    let heading: string | null = null;
    for (const [at, s] of isTitle ? [] : sentences(text).entries()) {
      // A sentence about a document (`《…》已经县人民政府同意,现予印发`) names no doer, whatever follows in it.
      if (ABOUT_A_DOCUMENT.test(withoutNumber(s))) continue;
      const who = at === 0 && work && s.length <= 45 && WHO_ONLY.test(s) ? opening(s) : null;
      if (who && work) {
        current = { line: work.line, units: who.units, text: `${withoutNumber(work.text.trim())}${s}`, lines: [work.line, l.line] };
        pieces.push(current);
        opened = true;
        continue;
      }
      const found = opening(s);
      if (found && found.rest === '' && LABEL.test(withoutNumber(s))) {
        // A label alone: it holds the lines under it.
        holder = found.units;
        labels.add(l.line);
        current = null;
        opened = true;
        continue;
      }
      if (found) {
        for (const [k, part] of byClauses(found).entries()) {
          current = { line: l.line, units: part.units, text: k === 0 && heading ? `${heading}。${part.rest}` : part.rest, lines: [l.line] };
          pieces.push(current);
        }
        heading = null;
        opened = true;
      } else if (SHI_HEADING.test(s)) heading = withoutNumber(s).replace(/[。;;]$/, '');
      else if (current) current.text += s;
    }
    if (opened) continue;
    if (isHeading(text)) holder = null;
    // A notice's one addressee (`各村(社区)居委会:`) reads as a label, but the account under it (`2017年8月5日,…`,
    // `为…,现将…`) is the notice speaking, not the unit's duties.
    else if (holder && NARRATIVE.test(text)) holder = null;
    else if (holder) pieces.push({ line: l.line, units: holder, text: withoutNumber(text), lines: [l.line] });
    else previous = l;
  }
  const kept = pieces.filter((p) => p.text.replace(/[。;;,,\s]/g, '').length >= 4);
  const tasks = kept.map((p, i): ParsedTask => {
    const { title, content } = splitTitle(p.text);
    return { path: String(i + 1), code: String(i + 1), level: 1, section: '', title, content, deadlineText: '', line: p.line, ...p.units };
  });
  return { tasks, lines: new Set([...labels, ...kept.flatMap((p) => p.lines)]) };
};

/**
 * The last resort (document.ts) for a page no other reader found a task in, or whose tasks name no unit at all (a
 * 督查通报's few numbered parts over sentences that each open with the town they are about): its pieces when there
 * are two at least, and more than the unit-less tasks they replace; the lines they took; and the note that tells the
 * office how these tasks were found, so that it checks them.
 */
export const lastResortPieces = (
  lines: readonly SourceLine[],
  found: ParsedTask[],
  settle: (tasks: ParsedTask[]) => ParsedTask[],
): { tasks: ParsedTask[]; lines: Set<number>; note: string } | null => {
  const hasUnits = (t: ParsedTask): boolean => t.leads.length + t.participants.length > 0;
  // Units the whole page settles (settle-units.ts) count when they reach every task: a guess for one task of a
  // bulletin's parts (a town its text names) does not make the others' towns any less unread.
  if (found.some(hasUnits) || (found.length > 0 && settle(found).every(hasUnits))) return null;
  // In place of unit-less items, only what the items' own lines say: the page's head (its site, title, addressees) is no
  // task. A paragraph of prose above the items (a notice that shares the work out before its numbered 要求) is no head.
  const from = Math.min(...found.map((t) => t.line));
  const pieces = unitLedPieces(found.length === 0 ? lines : lines.filter((l) => l.line >= from || l.text.trim().length >= 80));
  // Twice as many as the items they replace at least: a few unit-led sentences inside unit-less items are their detail.
  // Items of a word or two (a site's `• 政务微信` / `五河县门户·微信` links) hold no detail: not counted.
  const worded = found.filter((t) => t.title.trim().length > 6 || t.content.trim().length > 12 || /[\d,,。;;::]/.test(`${t.title}${t.content}`));
  if (pieces.tasks.length < 2 || pieces.tasks.length < 2 * worded.length) return null;
  const why = found.length === 0 ? '文件中没有编号条目或分工表' : `文件中的 ${found.length} 个编号条目都没有写明责任单位`;
  return { ...pieces, note: `${why},以下 ${pieces.tasks.length} 项任务是按“以单位开头的句子”读出的:请逐项核对,不是任务的请点“不是任务”。` };
};
