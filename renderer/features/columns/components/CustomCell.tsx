import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CustomColumn } from '../../../../shared/plan/custom-columns';

export type CellMove = 'down' | 'right' | 'left' | 'stay';

type Props = {
  column: CustomColumn;
  value: string;
  isEditable: boolean;
  isEditing: boolean;
  onStart: () => void;
  /** Saves; resolves to the reason in Chinese when refused (the cell stays open), else null. */
  onSave: (value: string) => Promise<string | null>;
  /** Leaves the cell: after a save, to the next cell like a spreadsheet (Enter down, Tab right). */
  onLeave: (move: CellMove) => void;
};

/** One cell of an office column: click (or Enter) to type, Enter or Tab to save and go on, Esc to cancel. */
export const CustomCell = ({ column, value, isEditable, isEditing, onStart, onSave, onLeave }: Props) => {
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const isBusy = useRef(false);
  // Reached by Enter or Tab from another cell: start from what the cell holds now.
  useEffect(() => {
    if (isEditing) setDraft(value);
  }, [isEditing, value]);

  const finish = async (move: CellMove): Promise<void> => {
    if (isBusy.current) return;
    if (draft.trim() === value) {
      onLeave(move);
      return;
    }
    isBusy.current = true;
    const refused = await onSave(draft);
    isBusy.current = false;
    setProblem(refused);
    if (refused === null) onLeave(move);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void finish('down');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      void finish(event.shiftKey ? 'left' : 'right');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(value);
      setProblem(null);
      onLeave('stay');
    }
  };

  if (!isEditing) {
    const start = (): void => {
      if (!isEditable) return;
      setDraft(value);
      setProblem(null);
      onStart();
    };
    return (
      <td
        className={isEditable ? 'col-custom is-editable' : 'col-custom'}
        data-column={column.name}
        tabIndex={isEditable ? 0 : undefined}
        title={isEditable ? '点击填写' : undefined}
        onClick={start}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'F2') start();
        }}
      >
        {value}
      </td>
    );
  }
  const label = `填写${column.name}`;
  return (
    <td className="col-custom is-editing" data-column={column.name}>
      {column.kind === 'choice' ? (
        <select autoFocus aria-label={label} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} onBlur={() => void finish('stay')}>
          <option value="">(空)</option>
          {column.choices.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      ) : (
        <input
          autoFocus
          aria-label={label}
          value={draft}
          placeholder={column.kind === 'date' ? '如 2027-06-30' : column.kind === 'person' ? '姓名' : ''}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => void finish('stay')}
        />
      )}
      {problem ? (
        <div className="cell-problem" role="alert">
          {problem}
        </div>
      ) : null}
    </td>
  );
};
