// Items that lost their numbers part-way down a list (`①任务(责任单位:X);` … `⑤任务(责任单位:Y);` then
// `任务(责任单位:Z);` with no number): a line of the same shape as the numbered items just above it — its text,
// then one bracket holding the same unit label, then the item's stop — is the list's next item, not the last
// item's continuation. Numbered on from the last item here, so the body reader sees each as its own item.
import type { SourceLine } from './body.js';
import { CIRCLED, readHeading } from './numbering.js';

/** `任务(责任单位:X);`: the text, one closing bracket with a unit label, a stop (or none on the list's last line). */
const SHAPE = /^([^((]{4,80})[((]\s*(责任单位|牵头单位|责任部门|牵头部门|承办单位|主办单位)\s*[::][^()()]{2,60}[))]\s*[;;。]?$/;
const NUMBERED_KINDS = new Set(['num', 'paren-num', 'circled']);

const labelOf = (text: string): string | null => SHAPE.exec(text)?.[2] ?? null;

/** The code for the number after `head`'s, printed in the same style. */
const nextCode = (code: string, kind: string, n: number): string | null => {
  if (kind === 'circled') return CIRCLED[n] ?? null;
  const digits = /\d+/.exec(code);
  return digits ? `${code.slice(0, digits.index)}${n + 1}${code.slice(digits.index + digits[0].length)}` : null;
};

export const numberSameShapeLines = (lines: SourceLine[]): SourceLine[] => {
  const renumbered = new Map<number, string>();
  for (let i = 1; i < lines.length; i += 1) {
    const text = lines[i]?.text.trim() ?? '';
    const head = readHeading(text);
    if (!head || !NUMBERED_KINDS.has(head.kind)) continue;
    const label = labelOf(head.rest);
    // The item and the one before it: numbered alike, of the same shape, the item closed by its stop.
    const prev = readHeading(lines[i - 1]?.text.trim() ?? '');
    if (!label || !prev || prev.kind !== head.kind || prev.number !== head.number - 1 || labelOf(prev.rest) !== label) continue;
    if (!/[;;。]$/.test(head.rest)) continue;
    let n = head.number;
    let k = i + 1;
    for (; k < lines.length; k += 1) {
      const t = lines[k]?.text.trim() ?? '';
      if (readHeading(t) !== null || labelOf(t) !== label || /^(其中|包括|另外|此外|同时)/.test(t)) break;
      const code = nextCode(head.code, head.kind, n);
      if (!code) break;
      renumbered.set(k, `${code}${t}`);
      n += 1;
    }
    i = k - 1;
  }
  if (renumbered.size === 0) return lines;
  return lines.map((l, k) => (renumbered.has(k) ? { line: l.line, text: renumbered.get(k) ?? l.text } : l));
};
