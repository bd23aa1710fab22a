// Reads a responsibility cell or clause: who leads a task and who joins it.
import { splitDepartmentNames } from './department-names.js';
import { foldPunctuation } from './text.js';

export type Responsibility = {
  leads: string[];
  participants: string[];
  /** True when only a bare 责任单位 list was given and its first unit was taken as lead. */
  isLeadInferred: boolean;
};

const LEAD_LABELS = ['牵头部门', '牵头单位', '牵头责任单位', '主办单位', '主办'];
const PARTICIPANT_LABELS = ['参与部门', '参与单位', '配合单位', '配合部门', '协同单位', '协办单位', '协办'];
const BARE_LABELS = ['责任单位', '责任部门'];

type Label = { kind: 'lead' | 'participant' | 'bare'; label: string };

const LABELS: Label[] = [
  ...LEAD_LABELS.map((label) => ({ kind: 'lead' as const, label })),
  ...PARTICIPANT_LABELS.map((label) => ({ kind: 'participant' as const, label })),
  ...BARE_LABELS.map((label) => ({ kind: 'bare' as const, label })),
].sort((a, b) => b.label.length - a.label.length);

/** Labels may be typed with spaces between characters (牵 头 单 位); remove them before matching. */
const squeezeLabels = (text: string): string =>
  text.replace(/(牵\s*头|参\s*与|配\s*合|协\s*同|责\s*任|主\s*办|协\s*办)\s*(部\s*门|单\s*位)?/g, (m) =>
    m.replace(/\s+/g, ''),
  );

/** Does this text start with a responsibility label? Used to tell a responsibility cell from content. */
export const startsWithResponsibility = (text: string): boolean => {
  const folded = squeezeLabels(foldPunctuation(text)).replace(/^[[〔【(]/, '');
  return LABELS.some(({ label }) => folded.startsWith(label) && /^[::]/.test(folded.slice(label.length)));
};

type Segment = { kind: Label['kind']; body: string };

/**
 * Splits `牵头部门:X;参与部门:A、B。` into labelled segments. A colon where a semicolon belongs
 * (`牵头部门:市财政局:参与部门:…`) still works because segments are cut at each label, not at `;`.
 */
const segmentsOf = (text: string): Segment[] => {
  const folded = squeezeLabels(foldPunctuation(text)).replace(/^[[〔【(]|[\]〕】)]$/g, '');
  const pattern = new RegExp(`(${LABELS.map((l) => l.label).join('|')})\\s*[::]`, 'g');
  const hits = [...folded.matchAll(pattern)];
  return hits.map((hit, i) => {
    const start = (hit.index ?? 0) + hit[0].length;
    const end = i + 1 < hits.length ? (hits[i + 1]?.index ?? folded.length) : folded.length;
    const label = LABELS.find((l) => l.label === hit[1]);
    return { kind: label?.kind ?? 'bare', body: folded.slice(start, end) };
  });
};

export const parseResponsibility = (text: string): Responsibility => {
  const leads: string[] = [];
  const participants: string[] = [];
  const bare: string[] = [];
  for (const { kind, body } of segmentsOf(text)) {
    const names = splitDepartmentNames(body);
    if (kind === 'lead') leads.push(...names);
    else if (kind === 'participant') participants.push(...names);
    else bare.push(...names);
  }
  if (leads.length === 0 && bare.length > 0) {
    return { leads: bare.slice(0, 1), participants: [...bare.slice(1), ...participants], isLeadInferred: true };
  }
  return { leads, participants: [...participants, ...bare], isLeadInferred: false };
};
