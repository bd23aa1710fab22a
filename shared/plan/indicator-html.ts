// An indicator table pasted as HTML text (`<table><tr><td rowspan="4">…`), turned into rows of cells for
// indicator-shapes.ts to read like any other table with explicit rows.
import type { CellRow } from './indicator-shapes.js';

const stripTags = (html: string): string =>
  html
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** `<table><tr><td rowspan="4">…` pasted as text: rows of cells, a vertically merged cell repeated down. */
export const htmlRows = (line: number, html: string): CellRow[] => {
  const pending = new Map<number, { text: string; left: number }>();
  const rows: CellRow[] = [];
  for (const tr of html.split(/<tr[^>]*>/i).slice(1)) {
    const cells: string[] = [];
    const parts = [...tr.matchAll(/<t[dh]([^>]*)>([\s\S]*?)(?=<t[dh][\s>]|<\/tr|$)/gi)];
    let col = 0;
    const take = (): void => {
      for (let p = pending.get(col); p; p = pending.get(col)) {
        cells.push(p.text);
        if (--p.left <= 0) pending.delete(col);
        col += 1;
      }
    };
    for (const part of parts) {
      take();
      const text = stripTags(part[2] ?? '');
      const span = Number(/rowspan\s*=\s*"?(\d+)/i.exec(part[1] ?? '')?.[1] ?? '1');
      const across = Math.min(Number(/colspan\s*=\s*"?(\d+)/i.exec(part[1] ?? '')?.[1] ?? '1'), 20);
      for (let k = 0; k < across; k += 1) {
        if (span > 1) pending.set(col, { text, left: span - 1 });
        cells.push(text);
        col += 1;
      }
    }
    take();
    if (cells.length > 0) rows.push({ line, cells });
  }
  return rows;
};
