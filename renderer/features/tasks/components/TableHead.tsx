import type { ReactNode } from 'react';
import { SCREEN_COLUMNS } from '../../../../shared/plan/task-columns';

/** One of the office's own columns in the header; `note` (a hover text) marks one the import will create. */
export type HeadColumn = { key: string; name: string; note?: string };

/**
 * The decomposition table's header row, for the task table and the import preview alike: the built-in columns from
 * the one list, then the office's own. `leading` is a screen's own first cell (the preview's select-all box).
 */
export const TableHead = ({ custom, leading }: { custom: HeadColumn[]; leading?: ReactNode }) => (
  <thead>
    <tr>
      {leading ? <th className="col-select">{leading}</th> : null}
      {SCREEN_COLUMNS.map((c) => (
        <th key={c.key} className={`col-${c.key}`}>
          {c.header}
        </th>
      ))}
      {custom.map((c) => (
        <th key={c.key} className="col-custom" title={c.note}>
          {c.name}
          {c.note ? <span className="tag">自定义列</span> : null}
        </th>
      ))}
    </tr>
  </thead>
);
