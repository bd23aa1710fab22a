// Numbered-body documents: the frame, a few section headings, and items each rendered by a layout's
// responsibility writer; the key says what the item's units are by the document's wording.
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { frame, headingStyle, noiseLine, numbered, sectionTitle, styles, type Style } from './frame.js';
import type { PoolTask } from './pool.js';

export type Units = { leads: string[]; participants: string[] };
/** What a layout prints for one item: the lines (the first holds the numbered title) and its units. */
export type Item = { lines: string[]; units: Units; deadline?: string };
export type ItemWriter = (rng: Rng, task: PoolTask, title: string, at: number) => Item;

export type Generated = { text?: string; file?: { name: string; bytes: Uint8Array }; key: KeyTask[] };

/** Meanings of the wordings, as the issue and the corpus keys define them. */
export const stated = (t: PoolTask): Units => ({ leads: t.leads, participants: t.participants });
export const bare = (t: PoolTask): Units => {
  const all = [...t.leads, ...t.participants];
  return { leads: all.slice(0, 1), participants: all.slice(1) };
};
export const coLeads = (t: PoolTask): Units => ({ leads: [...t.leads, ...t.participants], participants: [] });
export const leadOnly = (t: PoolTask): Units => ({ leads: t.leads, participants: [] });
export const join = (units: string[]): string => units.join('、');

export const keyTask = (title: string, u: Units, deadline?: string): KeyTask => ({ title, leads: u.leads, participants: u.participants, leadInferred: false, cut: false, ...(deadline === undefined ? {} : { deadline }) });

export type BodyOptions = { rule?: string; noise?: boolean; styles?: Style[]; paragraph?: boolean; cutLast?: (rng: Rng, task: PoolTask, title: string, at: number) => Item };

/** A numbered-body document of the given tasks, each item written by `write`. */
export const bodyDocument = (rng: Rng, tasks: PoolTask[], write: ItemWriter, o: BodyOptions = {}): Generated => {
  const f = frame(rng, o.rule);
  // `一是…。二是…。` runs inside a paragraph (o.paragraph); items on lines of their own take the numbered styles.
  const style = rng.pick(o.styles ?? styles.filter((s) => s !== '一、' && s !== '一是'));
  const heading = headingStyle(style);
  const lines = [...f.head];
  const key: KeyTask[] = [];
  let section = 0;
  let page = 1;
  tasks.forEach((task, n) => {
    if (n === 0 || (rng.next() < 0.25 && n < tasks.length - 1)) {
      section += 1;
      lines.push(...sectionTitle(rng, heading, section));
    }
    if (o.noise && rng.next() < 0.4) lines.push(noiseLine(rng, (page += 1)));
    const prefix = numbered(rng, style, n + 1);
    const writer = n === tasks.length - 1 && o.cutLast ? o.cutLast : write;
    const item = writer(rng, task, `${prefix}${task.title}`, n);
    if (o.paragraph && n > 0 && !lines[lines.length - 1]?.match(/^[((][一二三四五六七八九十]+[))]/)) lines[lines.length - 1] += item.lines.join('');
    else lines.push(...item.lines);
    key.push(keyTask(task.title, item.units, item.deadline));
  });
  if (!o.cutLast) lines.push(...f.foot);
  return { text: lines.join('\n'), key };
};
