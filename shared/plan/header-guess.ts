// Table header words the reader's list does not spell out, read by their parts (table-rows.ts asks here
// only after its list).
import { foldPunctuation } from './text.js';
// Traditional header words (序號, 責任單位) on a page mixed enough that the whole-page fold left it alone.
import { toSimplified as foldHeaderWord } from './script-fold.js';
import type { Role } from './table-rows.js';

// 责任街镇 / 责任乡镇: the towns and streets a district table names beside its departments.
const UNIT_WORD = '(单位|部门|处室|科室|股室|机构|处\\(科\\)室|处科室|街镇|镇街|乡镇|镇\\(街道\\))';
/**
 * Header words table-rows.ts's list does not spell out, read by their parts (协同责任单位, 主管单位, 办结时限,
 * 改革事项, 具体工作措施): tables word their columns in endless small variants, and one unknown word
 * used to cost the column its role. People's columns (牵头责任领导, 责任单位及责任人) read as other.
 * Only for a header already found by its known words: inside a table the same shapes are group cells
 * (旅游项目, 重点工作) that must not be taken for a new header.
 */
const GUESSES: [RegExp, Role][] = [
  [/^(责任(单位|部门)|承办单位|落实单位)(及|和|与).+$/, 'responsibility'],
  [/^牵头(单位|部门)(及|和|与).+$/, 'lead'],
  [/(领导|责任人|联系人|负责人|电话)$/, 'other'],
  [new RegExp(`^(牵头|主责|主办|主管|主要责任|第一责任)(责任|负责|实施|落实|协调|组织)?${UNIT_WORD}?$`), 'lead'],
  [new RegExp(`^(主要|其他)?(配合|协同|协办|协管|参与|参加|协助|协作|次要责任|其他责任|支持)(责任|实施|落实)?${UNIT_WORD}?$`), 'participant'],
  [new RegExp(`^(责任|负责|承办|落实|实施|执行|主体)(责任)?${UNIT_WORD}$`), 'responsibility'],
  [/^.{0,4}(时限|期限|时间|节点|日期|进度要求|时间安排|进度安排|办结)(要求|安排|清单)?$/, 'deadline'],
  [/^.{0,6}(措施|举措|内容|要求|目标|标准)$/, 'content'],
  // A task column named for what was done to the tasks (重点工作任务分解, 任务清单) is still the task column.
  [/^.{0,6}(任务|事项|工作|项目|重点)(名称|分解|清单)?$/, 'task'],
];

/** The plan's year before a short header word (`2025年重点工作目标`): which year, not what the column holds. */
export const YEAR_BEFORE_WORD = /^(?:19|20)\d{2}年度?(?=[\u4e00-\u9fff]{2,8}$)/;

export const guessHeaderRole = (text: string): Role | null => {
  const t = foldHeaderWord(foldPunctuation(text).replace(/\s+/g, '')).replace(/[((].*[))]$/, '').replace(YEAR_BEFORE_WORD, '');
  // A header word is a bare word: numbered headings (`一、主要预期目标`) and cells with figures are data.
  if (t.length === 0 || t.length > 8 || !/^[\u4e00-\u9fff]+$/.test(t) || /进展|情况|成效|完成率|是否/.test(t)) return null;
  for (const [re, role] of GUESSES) if (re.test(t)) return role;
  return null;
};
