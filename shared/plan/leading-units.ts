// `区园林局:新建口袋公园5个。`: the units before the colon lead (unit-first.ts); the work after it stays. Units the
// duty names after 会同/协同 (duty-partners.ts), or as a later sentence's subject (subject-partners.ts), take part.
import type { Clause } from './clause.js';
import { withDutyPartners } from './duty-partners.js';
import { withSubjectPartners } from './subject-partners.js';
import { unitFirstClause } from './unit-first.js';

export const leadingUnits = (text: string, carried: string[]): Clause | null => {
  const found = unitFirstClause(text);
  if (!found) return null;
  const rest = text.trim().slice(found.raw.length).trim();
  return { responsibility: withSubjectPartners(withDutyPartners(found.responsibility, rest), rest), rest, raw: found.raw, raws: [found.raw], carried };
};
