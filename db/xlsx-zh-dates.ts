// Chinese Excel and WPS store their own date formats (2026年6月30日, 2026年6月, 6月30日) as built-in
// format numbers (27–31, 36, 50–54, 57, 58) that the file does not define: each reader is expected to know
// them for its locale. exceljs knows them only as a table per locale and drops them, so a date in one of
// them reads as its serial number (46203). Defining them in styles.xml before exceljs loads the workbook
// makes it read those cells as the dates they are.

/** zh-CN built-in number formats that show a date (ECMA-376 lists them as locale-dependent). */
const ZH_CN_DATES: Record<number, string> = {
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

const quoteAttr = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** styles.xml with a definition added for every zh-CN date format its cell formats use but it leaves undefined. */
export const defineChineseDateFormats = (styles: string): string => {
  const cellXfs = /<cellXfs\b[\s\S]*?<\/cellXfs>/.exec(styles)?.[0] ?? '';
  const used = new Set([...cellXfs.matchAll(/numFmtId="(\d+)"/g)].map((m) => Number(m[1])));
  const defined = new Set([...styles.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1])));
  const missing = [...used].filter((id) => ZH_CN_DATES[id] !== undefined && !defined.has(id));
  if (missing.length === 0) return styles;
  const entries = missing.map((id) => `<numFmt numFmtId="${id}" formatCode="${quoteAttr(ZH_CN_DATES[id] ?? '')}"/>`).join('');
  if (/<numFmts\b[^>]*\/>/.test(styles)) return styles.replace(/<numFmts\b[^>]*\/>/, `<numFmts count="${missing.length}">${entries}</numFmts>`);
  if (/<\/numFmts>/.test(styles)) {
    return styles.replace(/<numFmts\b([^>]*?)count="(\d+)"/, (_all, before: string, count: string) => `<numFmts${before}count="${Number(count) + missing.length}"`).replace('</numFmts>', `${entries}</numFmts>`);
  }
  // numFmts is the first child of styleSheet.
  return styles.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="${missing.length}">${entries}</numFmts>`);
};
