// A numbered item that only says when or where (`1、集中整治的时间:2011年2月22日和23日。`, `2、验收时限:6月底前。`):
// the plan's schedule, no work. Only an item whose whole text is the label and its value: a task that names its
// deadline in a field of its own (`完成时间:…` under the task) keeps it, and a table's 完成时间 column is no item.

/** A short label (no comma) ending in 时间/时限/日期/地点/时间安排/时段/期限, a colon, then a date or a place, one sentence. */
const SCHEDULE = /^[^,,;;。::]{0,14}(时间|时限|日期|地点|时间安排|时间节点|时段|期限)[::]([^。;;]{1,40})。?$/;

/** A value that is a date (年, 月, 日, 月底, 上旬 …) or a stretch of dates, not a sentence of work. */
const DATE_VALUE = /^[^,,]*(\d|[〇零一二三四五六七八九十]{1,4})\s*(年|月|日|号|周)/;

/** Work verbs a schedule's value never holds (`时间:6月底前完成清理`): then the item assigns work. */
const WORK = /完成|开展|组织|实施|推进|落实|整治|清理|建设|召开|举办|检查(?!验收)/;

/** The item's text (its numbering already cut) is a schedule line only. */
export const isScheduleItem = (text: string): boolean => {
  const m = SCHEDULE.exec(text.replace(/\s+/g, ''));
  return m?.[2] !== undefined && DATE_VALUE.test(m[2]) && !WORK.test(m[2]);
};
