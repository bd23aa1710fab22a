// A document's own rule that names units taking part in every task, written once in the notice
// (`除特别注明的外,各县(市、区)政府和金华开发区管委会都是配合单位`): each task takes them as participants,
// as the office reads the table, without the list being printed under every item.
import { foldPunctuation } from './text.js';
import { isDepartmentLike, splitUnitList } from './unit-names.js';

const DEFAULT_PARTICIPANTS =
  /除(?:特别|另有|另行|单独)?(?:注明|标注|说明|列明|明确)(?:的|者)?(?:以)?外[,]\s*([^。;]{2,100}?)(?:都|均|皆|也)?(?:是|为|作为|列为)(?:配合|参与|协同|协办)(?:单位|部门)/;

/** The units the document's rule adds to every task as participants; empty when it has no such rule. */
export const defaultParticipants = (wholeText: string): string[] => {
  const m = DEFAULT_PARTICIPANTS.exec(foldPunctuation(wholeText));
  if (!m?.[1]) return [];
  const names = splitUnitList(m[1]);
  return names.length > 0 && names.every(isDepartmentLike) ? names : [];
};

type Assigned = { leads: string[]; participants: string[] };

export const addDefaultParticipants = <T extends Assigned>(tasks: T[], units: string[]): T[] =>
  units.length === 0
    ? tasks
    : tasks.map((t) => ({ ...t, participants: [...t.participants, ...units.filter((u) => !t.leads.includes(u) && !t.participants.includes(u))] }));
