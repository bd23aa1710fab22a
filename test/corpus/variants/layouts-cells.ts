// A one-cell-per-line table with a blank line after every cell, about a third of its unit cells broken over two
// lines with a blank line between the halves — after a 、 or inside a unit's name — so the second half stands
// like a cell of its own (issue 15, held-out 581: `市人力资源` / `社会保障局`, `…市教体局、` / `团市委`).
import type { Rng } from '../../../bench/rng.js';
import type { Generated } from './body.js';
import { frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import { buildTable } from './layouts-tables.js';
import type { PoolTask } from './pool.js';

/** A unit cell as a page that wraps it prints it: two halves, or whole when it has no place to break. */
const broken = (rng: Rng, cell: string): string[] => {
  const names = cell.split('、');
  // After a 、: the first names and their 、 on one line, the others on the next.
  if (names.length >= 2 && rng.next() < 0.5) {
    const cut = 1 + rng.int(names.length - 1);
    return [`${names.slice(0, cut).join('、')}、`, names.slice(cut).join('、')];
  }
  // Inside a name: at least two characters on each side, the break where a narrow column wraps it.
  const long = names.map((n, k) => [n, k] as const).filter(([n]) => n.length >= 5 && !/[((]/.test(n));
  if (long.length === 0) return [cell];
  const [name, at] = rng.pick(long);
  const cut = 2 + rng.int(name.length - 3);
  const before = [...names.slice(0, at), name.slice(0, cut)].join('、');
  const after = [name.slice(cut), ...names.slice(at + 1)].join('、');
  return [before, after];
};

const brokenUnitCells = (bareUnits: boolean) => (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  // (No 评分部门 or other extra column beside a bare 责任单位 column: a unit column the reader may take for the
  // units', which is another question than the broken cells.)
  const t = buildTable(rng, tasks, { bareUnits, extras: bareUnits ? 0 : rng.int(2) });
  const unitColumns = new Set(t.columns.flatMap((c, i) => (c.role === 'lead' || c.role === 'part' || c.role === 'units' ? [i] : [])));
  const cells: string[] = t.columns.map((c) => c.header);
  for (const r of t.rows) {
    if (r.group) {
      cells.push(r.text);
      continue;
    }
    r.cells.forEach((c, i) => {
      // An empty cell leaves nothing on the page.
      if (c === '') return;
      cells.push(...(unitColumns.has(i) && rng.next() < 0.34 ? broken(rng, c) : [c]));
    });
  }
  return { text: [...f.head, '附件', `${f.issuer}重点工作任务分解表`, cells.join('\n\n'), ...f.foot].join('\n'), key: t.key };
};

export const cellLayouts: Layout[] = [
  { id: 'cells-责任单位跨行', what: '责任单位跨行: one cell per line with blank lines, a third of the unit cells broken over two lines (after a 、 or inside a name), a blank line between the halves', make: (rng, t) => brokenUnitCells(rng.next() < 0.5)(rng, t) },
];
