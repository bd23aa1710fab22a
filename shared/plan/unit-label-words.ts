// A unit label with a word the reader has no list for (`涉项部门:A、B、C`, `相关单位:…`) among an item's known label
// lines (`责任领导:…` above it, `完成时限:…` below): a label ending in a unit word (部门, 单位, 科室 …) between fields
// the reader knows names the item's units. Read as the bare label (`责任部门:A、B、C`: the first leads, inferred, the
// others take part), as a 责任单位 list is.
import type { SourceLine } from './body.js';
import { OTHER_FIELD_WORD } from './responsibility.js';
import { ROLE_WITH_UNIT } from './role-words.js';

const KNOWN_FIELD = new RegExp(`^${OTHER_FIELD_WORD}\\s*[::]`);
const ODD_LABEL = /^([\u4e00-\u9fa5]{2,4})(部门|单位|科室|处室|股室)\s*[::]\s*(\S.*)$/;
/** Labels that name no unit doing the work: a place, a person's office, an overseer (OTHER_FIELD_WORD has those). */
const NOT_UNITS = /联系|督|考|评|监|审|批|发文|印发|报送|抄送|主送/;

const isUnitList = (value: string): boolean => {
  const parts = value.replace(/[。;;]$/, '').split(/[、,,]/).map((p) => p.trim());
  return parts.length <= 12 && parts.every((p) => p.length >= 2 && p.length <= 20 && !/[。;;::]/.test(p));
};

export const readOddUnitLabels = (lines: SourceLine[]): SourceLine[] => {
  let changed = false;
  const out = lines.map((l, k) => {
    const text = l.text.trim();
    const m = ODD_LABEL.exec(text);
    if (!m || ROLE_WITH_UNIT.test(text.slice(0, text.search(/[::]/))) || KNOWN_FIELD.test(text) || NOT_UNITS.test(m[1] ?? '')) return l;
    const near = [lines[k - 1]?.text.trim() ?? '', lines[k + 1]?.text.trim() ?? ''];
    if (!near.some((t) => KNOWN_FIELD.test(t)) || !isUnitList(m[3] ?? '')) return l;
    changed = true;
    return { line: l.line, text: `责任${m[2] ?? ''}:${m[3] ?? ''}` };
  });
  return changed ? out : lines;
};
