// The order of a task's timeline (时间轴) follows what each event answers, not the clocks of the PCs that
// wrote them (sync.md: no decision depends on a clock; display order follows causality). A PC's clock
// may be a year off, so times only break ties between events that do not depend on each other.
import { dayOf } from './days.js';
import { formatDay } from './deadline.js';
import type { TimelineEvent } from './types.js';

/**
 * One event with what it answers. origin/seq: the PC that recorded it and its place in that PC's change
 * log (events of one PC happen in seq order). after: indexes of the events it answers (a review answers
 * the report version it judged; a resubmission answers the return before it).
 */
export type TimelineNode = { event: TimelineEvent; origin: string | null; seq: number | null; after: number[] };

const EARLIEST_PLAUSIBLE = Date.parse('2015-01-01T00:00:00Z');
/** Time zones and a PC set a day off by hand are not worth a note, as in the PC date check. */
const SLACK_MS = 36 * 3_600_000;

const timeOf = (node: TimelineNode): number => {
  const ms = Date.parse(node.event.at);
  return Number.isNaN(ms) ? 0 : ms;
};

/** Same-origin events chained by seq, plus the explicit answers: the full list of predecessors. */
const predecessorsOf = (nodes: TimelineNode[]): number[][] => {
  const before = nodes.map((n) => [...n.after]);
  const byOrigin = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    if (n.origin === null || n.seq === null) return;
    byOrigin.set(n.origin, [...(byOrigin.get(n.origin) ?? []), i]);
  });
  for (const list of byOrigin.values()) {
    list.sort((a, b) => (nodes[a]?.seq ?? 0) - (nodes[b]?.seq ?? 0));
    for (let k = 1; k < list.length; k += 1) before[list[k] ?? 0]?.push(list[k - 1] ?? 0);
  }
  return before;
};

/**
 * The PC date check applied to the PC that recorded each event, with that PC's own evidence only: a time
 * before 2015, or earlier than a time the same PC recorded before it; and a time earlier than the event
 * it answers, which means the two PCs' clocks disagree.
 */
const clockNotes = (nodes: TimelineNode[], before: number[][]): (string | null)[] => {
  const latestByOrigin = new Map<string, number>();
  const order = nodes.map((_, i) => i).sort((a, b) => (nodes[a]?.seq ?? 0) - (nodes[b]?.seq ?? 0));
  const notes: (string | null)[] = nodes.map(() => null);
  for (const i of order) {
    const node = nodes[i];
    if (!node) continue;
    const at = timeOf(node);
    if (at < EARLIEST_PLAUSIBLE) {
      notes[i] = '记录此事件的电脑日期明显不对,时间仅供参考';
      continue;
    }
    if (node.origin === null || node.seq === null) continue;
    const latest = latestByOrigin.get(node.origin);
    if (latest !== undefined && at < latest - SLACK_MS) {
      notes[i] = `记录此事件的电脑日期早于它此前记录的 ${formatDay(dayOf(new Date(latest)))},时钟可能不准`;
    }
    latestByOrigin.set(node.origin, Math.max(latest ?? at, at));
  }
  nodes.forEach((node, i) => {
    if (notes[i] !== null) return;
    const answered = before[i]?.map((p) => nodes[p]).find((p) => p && p.origin !== node.origin && timeOf(p) > timeOf(node) + SLACK_MS);
    if (answered) notes[i] = `记录时间早于它所回应的“${answered.event.who}”事件,两台电脑的时钟不一致,时间仅供参考`;
  });
  return notes;
};

/** Events in causal order; among events free to go next, the earlier recorded time, then the given order. */
export const orderTimeline = (nodes: TimelineNode[]): TimelineEvent[] => {
  const before = predecessorsOf(nodes).map((list) => [...new Set(list.filter((p) => p >= 0 && p < nodes.length))]);
  const notes = clockNotes(nodes, before);
  const pending = before.map((list) => list.length);
  const followers: number[][] = nodes.map(() => []);
  before.forEach((list, i) => list.forEach((p) => followers[p]?.push(i)));
  const isEarlier = (a: number, b: number): boolean => {
    const ta = timeOf(nodes[a] as TimelineNode);
    const tb = timeOf(nodes[b] as TimelineNode);
    return ta < tb || (ta === tb && a < b);
  };
  const ready = nodes.map((_, i) => i).filter((i) => pending[i] === 0);
  const done = new Set<number>();
  const result: TimelineEvent[] = [];
  while (done.size < nodes.length) {
    // A cycle cannot come from real data; if one did, the earliest remaining event breaks it.
    const pool = ready.length > 0 ? ready : nodes.map((_, i) => i).filter((i) => !done.has(i));
    const next = pool.reduce((best, i) => (isEarlier(i, best) ? i : best));
    const at = ready.indexOf(next);
    if (at >= 0) ready.splice(at, 1);
    if (done.has(next)) continue;
    done.add(next);
    for (const f of followers[next] ?? []) {
      pending[f] = (pending[f] ?? 0) - 1;
      if (pending[f] === 0 && !done.has(f)) ready.push(f);
    }
    const node = nodes[next] as TimelineNode;
    const note = notes[next];
    result.push(note ? { ...node.event, clockNote: note } : node.event);
  }
  return result;
};
