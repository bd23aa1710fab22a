// Two wordings of a responsibility bracket the verb reader (lead-verbs.ts) does not take whole; asked by
// groupResponsibility (clause.ts) only when the bracket reads as no wording of its own.
// - A bracket the page's line width broke inside a word (`(A、B负责组织实施,C负⏎责落实专项资金)`): a line break
//   between two Chinese characters inside the bracket is no separator; the bracket is read joined.
// - `(A、B、C负责组织实施,D负责落实专项资金)`, `(A牵头,B配合,D安排配套经费)`: a last clause that names the unit
//   providing the money (落实/安排/保障/筹措 … 资金/经费, or 负责资金保障). That unit backs the work and takes part;
//   the clauses before it are read as they would be alone (a bare `A、B负责组织实施` list: A leads, inferred).
import { parseLeadVerbForm } from './lead-verbs.js';
import type { Responsibility } from './responsibility.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

const MONEY = '(?:专项|配套|项目|工作|所需|相关|奖补|补助)?(?:资金|经费)';
const FUNDING = new RegExp(`^(.+?)[,;]\\s*([^,;]{2,60}?)(?:负责)?(?:(?:落实|安排|保障|筹措|筹集|提供|拨付)${MONEY}(?:保障)?|(?:资金|经费)保障)$`);

/** A line break inside a word: between two Chinese characters, with nothing else on either side. */
const WRAP_IN_WORD = /(?<=[\u4e00-\u9fff])[ \t]*\n[ \t]*(?=[\u4e00-\u9fff])/g;

const fundingClause = (text: string, cutOff: boolean): Responsibility | null => {
  const m = FUNDING.exec(text.replace(/[。;,、\s]+$/, ''));
  if (!m?.[1] || !m[2]) return null;
  const funders = splitUnitList(m[2]);
  if (!isUnitNameList(funders)) return null;
  const before = parseLeadVerbForm(m[1], cutOff);
  if (!before || before.leads.length === 0) return null;
  const named = [...before.leads, ...before.participants];
  return { ...before, participants: [...before.participants, ...funders.filter((n) => !named.includes(n))] };
};

export const wrappedOrFundedBracket = (text: string, cutOff: boolean): Responsibility | null => {
  const joined = text.replace(WRAP_IN_WORD, '');
  return (joined !== text ? parseLeadVerbForm(joined, cutOff) : null) ?? fundingClause(joined, cutOff);
};
