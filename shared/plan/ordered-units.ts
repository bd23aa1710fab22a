// A rectification list (隐患整改通报, 督查交办单) says who must act by ordering them: `整改措施:责令公路建设养护中心
// 立即对路面进行修复。` names the unit ordered, `整改措施:县交通建设质量安全监督站责令施工单位立即整改。` the unit that
// orders (the one that answers for the fix to the office; the builder it orders is no unit of the plan). Read by
// fallback-leads.ts for a task no other rule gave a unit, line by line through its content, a line's label aside.

/** `整改措施:`, `处理意见:`: a line's label, not its sentence. */
const LABEL = /^[\u4e00-\u9fff]{2,8}[::]\s*/;
/** What follows the ordered unit: when, how or what it must do. */
const ORDERED = /^(?:责令|责成)([\u4e00-\u9fff()()、]{2,40}?)(?=立即|限期|迅速|尽快|马上|抓紧|按照?|在\d|于|对|派人|进行|做好|加强|落实|整改|将|认真|切实|要|负责)/;
/** The unit that orders, before 责令/责成. */
const ORDERING = /^([\u4e00-\u9fff()()、]{2,40}?)(?:已|立即|当即|及时)?(?:责令|责成)/;

type Named = (head: string) => string[] | null;

/** The units a line of the task's content orders to act, or that order; null when no line does. */
export const orderedUnits = (content: string, named: Named): string[] | null => {
  for (const line of content.split('\n')) {
    for (const sentence of line.replace(LABEL, '').split(/[。;;]/)) {
      const s = sentence.trim();
      const ordering = ORDERING.exec(s)?.[1];
      const who = ordering ? named(ordering) : null;
      if (who) return who;
      const ordered = ORDERED.exec(s)?.[1];
      const them = ordered ? named(ordered) : null;
      if (them) return them;
    }
  }
  return null;
};
