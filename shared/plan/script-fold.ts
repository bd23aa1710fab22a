// Traditional-script documents read as their simplified originals. Government sites offer a 繁體 mirror
// of every page, and reposts of those mirrors are common; the reader's words (牵头, 责任单位, 局, 委, 办,
// 约束性 …) are simplified, so a traditional page lost its labels, units and tables. A document whose
// Chinese characters are mostly traditional is folded character for character (one for one, so line
// lengths and positions hold) before it is read, and the preview says so. A simplified document is never
// touched: the table keeps only characters that are not also simplified (see build/make-script-fold.mjs).
import type { DocBlock, PlanDocument } from './document.js';
import { SIMPLIFIED, TRADITIONAL } from './script-fold-table.js';

// Forms the 繁體 mirrors (OpenCC's tw and hk standards) write that Unihan gives only as semantic variants, so
// the generated table lacks them: `淨化` stayed unread beside `净化` in a task's title. OpenCC tw writes 個 as
// 箇 after a numeral (`10箇中小學校`).
const SUPPLEMENT: [string, string][] = [...'淨净洩泄溼湿鑑鉴嶽岳勳勋説说閲阅敍叙籤签箇个'].flatMap((c, n, all) => (n % 2 === 0 ? [[c, all[n + 1] ?? c]] : []));
const TO_SIMPLIFIED = new Map([...[...TRADITIONAL].map((t, n): [string, string] => [t, [...SIMPLIFIED][n] ?? t]), ...SUPPLEMENT]);
const HAN = /[\u4e00-\u9fff]/gu;

// Traditional pages quote with corner brackets; the simplified original used curly quotes.
const QUOTES: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/** Every traditional character of the table replaced by its simplified form; others kept. */
export const toSimplified = (text: string): string => text.replace(HAN, (c) => TO_SIMPLIFIED.get(c) ?? c);

/** A traditional page's line as its simplified original: characters, and corner-bracket quotes. */
export const foldTraditionalLine = (text: string): string =>
  toSimplified(text)
    .replace(/[「」『』]/g, (q) => QUOTES[q] ?? q)
    // 著 is 着 in these words of plan prose (着力, 着眼, 随着, 本着, 生活无着), and stays 著 in 显著, 著名, 著作.
    .replace(/著(?=[力眼重手落实陆想装急])/g, '着')
    .replace(/(?<=[随沿味本向朝接紧跟]|无(?!著名|著作))著/g, '着');

/**
 * Mostly traditional: at least 5% of the Chinese characters are traditional-only. Simplified pages have
 * at most a stray one in a name (0.2% across the corpus); traditional pages have 25–40%.
 */
export const isTraditionalText = (texts: string[]): boolean => {
  let han = 0;
  let traditional = 0;
  for (const text of texts)
    for (const c of text.match(HAN) ?? []) {
      han += 1;
      if (TO_SIMPLIFIED.has(c)) traditional += 1;
    }
  return traditional >= 5 && traditional >= 0.05 * han;
};

/** A traditional-script document (every line and table cell) as its simplified original; others as they are. */
export const foldDocumentScript = (doc: PlanDocument): { doc: PlanDocument; folded: boolean } => {
  const texts = doc.blocks.flatMap((b) => (b.kind === 'line' ? [b.text] : b.rows.flatMap((r) => r.cells)));
  if (!isTraditionalText(texts)) return { doc, folded: false };
  const blocks = doc.blocks.map((b): DocBlock =>
    b.kind === 'line' ? { ...b, text: foldTraditionalLine(b.text) } : { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map(foldTraditionalLine) })) },
  );
  return { doc: { ...doc, blocks }, folded: true };
};
