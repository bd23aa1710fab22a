// What a revised plan document does to the named columns of a stored plan (issue 19): the office's own
// columns it fills (by header = column name), the ones it brings new, and the plain text built-in columns
// (task-columns.ts `stored`). A document only ever sets a cell: a cell it leaves empty, or a column it
// does not have, keeps what the office filled in, so re-importing a plan never wipes the office's work.
import { MAX_CELL_TEXT, checkCellValue, type CustomColumn } from './custom-columns.js';
import { STORED_COLUMNS } from './task-columns.js';
import type { ParsedTask } from './types.js';

export type StoredColumnSnapshot = Pick<CustomColumn, 'name' | 'kind' | 'choices'>;

/** A task as stored: the office's values by column name, the built-in plain cells by storage name. */
export type StoredCells = { custom: Record<string, string>; cells: Record<string, string> };

export type ColumnCellChange = {
  /** The task's path in the revised document. */
  path: string;
  code: string;
  title: string;
  /** The column's name as the office sees it. */
  column: string;
  /** A built-in plain column's storage name; absent for the office's own columns. */
  stored?: string;
  before: string;
  after: string;
  /** Why the document's value cannot go into this column (kept as it was), in Chinese. */
  problem?: string;
};

export type ColumnDiff = {
  /** Document headers the plan has no column for yet: they become text columns of the office. */
  added: string[];
  changed: ColumnCellChange[];
  /** Filled cells of matched tasks the document has no value for: kept as they are. */
  keptCount: number;
};

export const NO_COLUMN_CHANGES: ColumnDiff = { added: [], changed: [], keptCount: 0 };

export type ColumnDiffInput = {
  columns: StoredColumnSnapshot[];
  /** The headers the document's tables carry as named columns (ParsedPlan.extraColumns). */
  documentColumns: string[];
  /** Each task of the document with its stored cells when it matched a stored task, null when new. */
  tasks: { task: ParsedTask; stored: StoredCells | null }[];
};

export const diffColumns = ({ columns, documentColumns, tasks }: ColumnDiffInput): ColumnDiff => {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const changed: ColumnCellChange[] = [];
  let keptCount = 0;
  for (const { task, stored } of tasks) {
    const at = { path: task.path, code: task.code, title: task.title };
    for (const name of documentColumns) {
      const raw = (task.extra?.[name] ?? '').slice(0, MAX_CELL_TEXT);
      const before = stored?.custom[name] ?? '';
      if (raw.trim() === '') {
        if (before !== '') keptCount += 1;
        continue;
      }
      const checked = checkCellValue(byName.get(name) ?? { name, kind: 'text', choices: [] }, raw);
      if ('problem' in checked) changed.push({ ...at, column: name, before, after: raw.trim(), problem: checked.problem });
      else if (checked.value !== before) changed.push({ ...at, column: name, before, after: checked.value });
    }
    if (!stored) continue;
    keptCount += Object.entries(stored.custom).filter(([name, value]) => value !== '' && !documentColumns.includes(name)).length;
    for (const c of STORED_COLUMNS) {
      const after = task.cells?.[c.stored] ?? '';
      const before = stored.cells[c.stored] ?? '';
      if (after === '') keptCount += before === '' ? 0 : 1;
      else if (after !== before) changed.push({ ...at, column: c.header, stored: c.stored, before, after });
    }
  }
  return { added: documentColumns.filter((name) => !byName.has(name)), changed, keptCount };
};

/** Nothing to write: no new column and no cell the document sets. */
export const isColumnDiffEmpty = (diff: ColumnDiff): boolean => diff.added.length === 0 && diff.changed.every((c) => c.problem !== undefined);
