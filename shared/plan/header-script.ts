// Traditional-script reposts print a decomposition table's header in traditional characters (序號 |
// 項目名稱 | 責任單位 | 完成時限), sometimes above rows on an otherwise simplified page, which the whole-page
// fold (script-fold.ts) leaves alone. Header words are matched after folding with the same table; cells
// that hold units are never folded, so names keep the spelling the document gives them.
import { toSimplified } from './script-fold.js';

/** 責任單位 → 责任单位, 序號 → 序号: for matching a header cell against the header words only. */
export const foldHeaderWord = (text: string): string => toSimplified(text);
