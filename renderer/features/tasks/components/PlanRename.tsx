import { useState } from 'react';
import { errorMessage, invoke } from '../../../api/client';

type Props = { planId: string; title: string; onRenamed: () => void };

/** 规划改名 on the decomposition table: the office names the plan as it wants every screen and the bulletin to. */
export const PlanRename = ({ planId, title, onRenamed }: Props) => {
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  if (value === null) {
    return (
      <button type="button" className="btn btn-plain" onClick={() => setValue(title)}>
        规划改名
      </button>
    );
  }
  const trimmed = value.trim();
  return (
    <form
      className="plan-rename"
      onSubmit={(e) => {
        e.preventDefault();
        if (!trimmed || isSaving) return;
        setSaving(true);
        setError(null);
        invoke('plans.rename', { planId, title: trimmed })
          .then(() => {
            setValue(null);
            onRenamed();
          })
          .catch((err: unknown) => setError(errorMessage(err)))
          .finally(() => setSaving(false));
      }}
    >
      <input value={value} onChange={(e) => setValue(e.target.value)} aria-label="规划名称" maxLength={200} size={Math.min(60, Math.max(24, value.length + 4))} autoFocus />
      <button type="submit" className="btn" disabled={!trimmed || isSaving}>
        保存
      </button>
      <button type="button" className="btn btn-plain" onClick={() => setValue(null)}>
        取消
      </button>
      {!trimmed ? <span className="warn">规划名称不能为空</span> : null}
      {error ? <span className="warn" role="alert">{error}</span> : null}
    </form>
  );
};
