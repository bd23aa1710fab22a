// `(三)道路交通安全专项整治,由公安、交通部门负责,有关部门配合。做法……`: the item's topic, then its assignment
// inside the same first sentence. The topic is the task's title; the clause from 由 to the sentence end says who.
// Only when the clause reads whole as units and role verbs, and the topic before it is short and names no unit.
import type { Clause } from './clause.js';
import { parseLeadVerbForm } from './lead-verbs.js';
import { foldPunctuation } from './text.js';

const TOPIC_THEN_BY = /^([^,,。;;由]{2,24})[,,]\s*((?:具体|主要)?由[^。]{2,80}?(?:负责|牵头|承办|主办|配合|协办|参与)[^。]{0,40}?)(。|$)/;

export const topicThenAssignment = (raw: string, carried: string[]): Clause | null => {
  const text = foldPunctuation(raw);
  const first = text.split('\n')[0] ?? '';
  const m = TOPIC_THEN_BY.exec(first.trim());
  if (!m?.[1] || !m[2]) return null;
  const responsibility = parseLeadVerbForm(m[2]);
  if (!responsibility || responsibility.leads.length + responsibility.participants.length === 0) return null;
  const raw2 = `,${m[2]}${m[3] ?? ''}`;
  const rest = text.replace(m[0], `${m[1]}。`).trim();
  return { responsibility, rest, raw: raw2, raws: [raw2], carried };
};
