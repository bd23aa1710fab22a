// A transmittal notice (`各乡镇人民政府,县政府各部门:` / `现将《…分解方案》印发给你们,…通知如下:` / `一、细化任务抓落实。…`
// / `某县人民政府办公室` / `2023年1月3日`): its numbered paragraphs ask the recipients to act on the attached
// plan; they are not the plan's tasks. Read as tasks they stand before the real ones, or alone when the page
// kept only the notice. Notices that assign units themselves (`(牵头单位:X)`) are left to the reader.
import type { SourceLine } from './body.js';

const ADDRESSEES = /^(各|省|市|县|区|州|旗|镇|乡)[^。]{2,120}(人民政府|政府|部门|单位|机构|委员会|管委会|办事处|行署|直属机构|各局)[^。]{0,20}[::]\s*$/;
const TRANSMITS = /现将.{0,80}(印发|下达|分解)|印发给你们|予以印发|分解下达|予以分解/;
const DATE_LINE = /^\s*(?:(?:19|20)\d{2}|[〇零○O一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$/;
const SIGNATURE = /^[^,。;:]{2,30}(人民政府|政府|办公室|办公厅|委员会|管委会|局|委|厅)$/;
const ASSIGNS = /(牵头|责任|配合|协办|主办)(单位|部门)\s*[::]|[((][^()()]{0,40}(牵头|负责|配合|协办)[^()()]{0,40}[))]/;

/** The lines of a transmittal notice's own text, from its addressees to its date; empty when there is none. */
export const transmittalNotice = (lines: SourceLine[]): Set<number> => {
  const start = lines.slice(0, 60).findIndex((l) => ADDRESSEES.test(l.text.trim()));
  if (start < 0) return new Set();
  // The notice ends with its signature and date; a date with no signature above it may close the plan
  // itself, whose items must not be set aside.
  const end = lines.findIndex((l, i) => i > start && DATE_LINE.test(l.text) && SIGNATURE.test(lines[i - 1]?.text.trim() ?? ''));
  if (end < 0 || end - start > 40) return new Set();
  const span = lines.slice(start, end + 1);
  if (!span.slice(0, 4).some((l) => TRANSMITS.test(l.text)) || span.some((l) => ASSIGNS.test(l.text))) return new Set();
  return new Set(span.map((l) => l.line));
};
