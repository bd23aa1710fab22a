// The 版记 at a document's foot (GB/T 9704: 抄送, then the 印发机关 and the 印发日期 on one line): the
// document's own, never part of a task, a table row or a unit list, whatever line it follows.
const IMPRINT = /^抄\s*送[::]|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发\s*$/;

/** `某区人民政府办公室 2023年3月1日印发`, `抄送:…`. */
export const isImprintLine = (text: string): boolean => IMPRINT.test(text.trim());

/** The same 版记 as the last line of a task's text (`…\n某办公室 2023年3月1日印发`). */
export const IMPRINT_TAIL = /\n[^\n]*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发\s*$/;
