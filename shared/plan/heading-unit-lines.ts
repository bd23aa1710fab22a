// A heading that names whose duties follow (`(四)A、B和C工作职责`, `三、县X局、县Y中心的职责`), then unnumbered lines
// each opened by one of the units it names (`A组织实施…。` / `B承担…。` / `C作为…的派出机构,具体组织…`): each line
// is that unit's duty, an item of its own, whatever verb follows — the heading already says the lines are these
// units' duties, so a unit whose name ends in 机构/站/所 (no 局, no 部门) is taken too. Numbered `1.` … with a
// `牵头单位:X` line under each, as the run readers (unit-subject-sentences.ts) write them. Two such lines at least,
// of two different units; a line opened by no unit the heading named ends the run.
import type { SourceLine } from './body.js';
import { readHeading } from './numbering.js';
import { foldPunctuation } from './text.js';
import { isDepartmentLike, splitUnitList } from './unit-names.js';

/** `A、B和C工作职责`, `A及B的主要职责`, `A、B职责分工`: the units, then a duties word closing the heading. */
const DUTY_HEADING = /^(.{4,80}?)(?:的)?(?:工作|主要)?(?:职责|職責)(?:分工)?[::。]?$/;

/** The units a heading names before its duties word, each unit-like; null when any is not. */
const headingUnits = (text: string): string[] | null => {
  const heading = readHeading(text);
  const m = heading ? DUTY_HEADING.exec(foldPunctuation(heading.rest).trim()) : null;
  if (!m?.[1]) return null;
  const names = splitUnitList(m[1]);
  return names.length >= 2 && names.every((n) => n.length >= 3 && isDepartmentLike(n) && !/^(各|有关|相关|其他)/.test(n)) ? names : null;
};

/** The named unit a line opens with (the longest), directly followed by its work (not by a list's or a clause's mark). */
const openingUnit = (text: string, units: string[]): string | null =>
  readHeading(text) !== null ? null : ([...units].sort((a, b) => b.length - a.length).find((u) => text.startsWith(u) && /^[^\s、,,。;;::()()]/.test(text.slice(u.length))) ?? null);

export const numberHeadingUnitLines = (lines: SourceLine[]): SourceLine[] => {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    out.push(line);
    const units = headingUnits(line.text.trim());
    if (!units) continue;
    let end = i + 1;
    const run: { line: SourceLine; unit: string }[] = [];
    for (; end < lines.length; end += 1) {
      const next = lines[end];
      const unit = next ? openingUnit(next.text.trim(), units) : null;
      if (!next || !unit) break;
      run.push({ line: next, unit });
    }
    if (run.length < 2 || new Set(run.map((r) => r.unit)).size < 2) continue;
    run.forEach(({ line: l, unit }, k) => out.push({ line: l.line, text: `${k + 1}.${l.text.trim().slice(unit.length)}` }, { line: l.line, text: `牵头单位:${unit}` }));
    i = end - 1;
  }
  return out;
};
