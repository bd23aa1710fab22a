import { useState } from 'react';

type Props = {
  initial: string;
  submitLabel: string;
  className: string;
  isSaving?: boolean;
  error?: string | null;
  onSubmit: (name: string) => void;
  onCancel: () => void;
};

/** A plan's name typed in place (the import preview's 改名, the decomposition table's 规划改名); never empty. */
export const PlanNameForm = ({ initial, submitLabel, className, isSaving = false, error = null, onSubmit, onCancel }: Props) => {
  const [value, setValue] = useState(initial);
  const trimmed = value.trim();
  return (
    <form
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        if (trimmed && !isSaving) onSubmit(trimmed);
      }}
    >
      <input value={value} onChange={(e) => setValue(e.target.value)} aria-label="规划名称" maxLength={200} size={Math.min(60, Math.max(24, value.length + 4))} autoFocus />
      <button type="submit" className="btn" disabled={!trimmed || isSaving}>
        {submitLabel}
      </button>
      <button type="button" className="btn btn-plain" onClick={onCancel}>
        取消
      </button>
      {!trimmed ? <span className="warn">规划名称不能为空</span> : null}
      {error ? (
        <span className="warn" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
};
