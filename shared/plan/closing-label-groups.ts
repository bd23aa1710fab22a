// Problems in groups, each group closed by its unit label AFTER its items, all on one line (a news page pressed
// into one paragraph): `…曝光呢? 1.问题甲; 整改责任单位:A 整改时限:… 1.问题乙; 2.问题丙。 责任单位:B 整改时限:…
// 问题丁。 整改责任单位:C 整改时限:…`. A label covers the text before it back to the previous label (its value and
// its 时限 field): one group, one task, whether its problems are numbered `1.…2.…` or it is a single unnumbered
// problem. The page's intro before the first group and what follows the last label stay lines of their own.
// Each group is bulleted for the body reader, its problems' own numbers dropped so they stay its content.
import type { SourceLine } from './body.js';
import { LABEL } from './labelled-clause.js';
import { asBulletItem } from './numbering.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

const LABELS = new RegExp(LABEL.source, 'g');
/** The label's value: a unit list written without spaces. */
const VALUE = /^\s*([^\s;;。,,]+)(?=\s|$)/;
/** A chapter heading inside a group: the line is an outline of its own, not this shape. */
const CHAPTER = /(?:^|\s)[一二三四五六七八九十]{1,3}、/;
/** A 时限 field after the value (`整改时限:2021年8月13日前`). */
const TIME_FIELD = /^\s*(?:整改|完成|办结)?(?:时限|时间|期限)\s*[::]\s*[^\s;;]+/;
/** A group's first problem number (`1.`, `1、`, `(1)`) where the group's own text opens. */
const FIRST_ITEM = /(?:^|\s)(?:1[.、.]|[((]1[))])\s*(?=\S)/;
/** Problem numbers inside a group: dropped, the problems stay the group's text. */
const ITEM_NUMBER = /(^|[;;。!!\s])\s*(?:\d{1,2}[.、.]|[((]\d{1,2}[))])(?![\d%])\s*/g;

type Group = { text: string; label: string };

/** A value the reader knows for a unit list; a short name after the label is taken too (`县污水处理厂`) when one is. */
const unitsOk = (value: string): boolean => {
  const units = splitUnitList(value);
  return isUnitNameList(units);
};
const isShortName = (value: string): boolean => value.length >= 2 && value.length <= 30 && !/[::]/.test(value);

/** The first group's text: from its `1.`, else its last sentence (the intro's sentences before it). */
const firstGroupText = (segment: string): { intro: string; text: string } => {
  const item = FIRST_ITEM.exec(segment);
  if (item) return { intro: segment.slice(0, item.index).trim(), text: segment.slice(item.index).trim() };
  const stops = [...segment.trim().replace(/[。;;]$/, '').matchAll(/[。!?!?]\s*/g)];
  const last = stops[stops.length - 1];
  const at = last ? (last.index ?? 0) + last[0].length : 0;
  return { intro: segment.slice(0, at).trim(), text: segment.slice(at).trim() };
};

export const splitClosingLabelGroups = (line: SourceLine): SourceLine[] => {
  const text = line.text;
  const groups: Group[] = [];
  let from = 0;
  let intro = '';
  let known = 0;
  for (const m of text.matchAll(LABELS)) {
    const at = m.index ?? 0;
    if (at < from) continue;
    const afterLabel = at + m[0].length;
    const value = VALUE.exec(text.slice(afterLabel));
    if (!value || !isShortName(value[1] ?? '')) return [line];
    if (unitsOk(value[1] ?? '')) known += 1;
    let end = afterLabel + value[0].length;
    const time = TIME_FIELD.exec(text.slice(end));
    if (time) end += time[0].length;
    const segment = text.slice(from, at);
    const first = groups.length === 0 ? firstGroupText(segment) : { intro: '', text: segment.trim() };
    if (groups.length === 0) intro = first.intro;
    // A field of another kind inside a group (`具体责任人:…`): items with label lines, not this shape.
    if (first.text.replace(/[\s;;。,,]/g, '').length < 4 || CHAPTER.test(first.text) || /[::]/.test(first.text)) return [line];
    groups.push({ text: first.text, label: text.slice(at, end).trim() });
    from = end;
  }
  // Groups, not items each with its own label: some group holds several problems (its numbers start again at 1)
  // or holds one with no number among numbered ones.
  const opensAtOne = groups.filter((g) => /^(?:1[.、.]|[((]1[))])/.test(g.text)).length;
  const unnumbered = groups.filter((g) => !/^(?:\d{1,2}[.、.]|[((]\d{1,2}[))])/.test(g.text)).length;
  if (groups.length < 2 || known === 0 || (opensAtOne < 2 && (unnumbered === 0 || unnumbered === groups.length))) return [line];
  const rest = text.slice(from).trim();
  const items = groups.map((g) => ({ line: line.line, text: asBulletItem(`${g.text.replace(ITEM_NUMBER, '$1').trim()} ${g.label}`) }));
  return [...(intro ? [{ line: line.line, text: intro }] : []), ...items, ...(rest ? [{ line: line.line, text: rest }] : [])];
};
