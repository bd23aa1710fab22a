// The notice's list of attachments (`附件:1.2020年政府工作报告重点工作责任分解` / `2.十方面民生实事责任分解`):
// the names of documents sent with it, not items of work, though the second and later entries are
// numbered like items. Set aside and listed.

type Line = { line: number; text: string };

const FIRST_ENTRY = /^附\s*件\s*[::]?\s*1\s*[.、.]/;
/** A document's name: no sentence punctuation, and the kind of paper it is at the end. */
const LATER_ENTRY = /^(\d{1,2})\s*[.、.]\s*[^。;,,]{2,60}(表|方案|分解|清单|名单|办法|细则|计划|要点|目录|意见|规划|通知|报告|情况|一览)$/;

/** Lines (by number) that continue an attachment list begun by a `附件:1.` line. */
export const attachmentEntries = (lines: Line[]): Set<number> => {
  const entries = new Set<number>();
  let next = 0;
  for (const l of lines) {
    const text = l.text.trim();
    if (FIRST_ENTRY.test(text)) {
      next = 2;
      continue;
    }
    const m = next > 0 ? LATER_ENTRY.exec(text) : null;
    if (m && Number(m[1]) === next) {
      entries.add(l.line);
      next += 1;
      continue;
    }
    next = 0;
  }
  return entries;
};
