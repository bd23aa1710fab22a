import { useState } from 'react';
import { errorMessage, invoke } from '../../../api/client';
import { PlanNameForm } from '../../../app/PlanNameForm';

type Props = { planId: string; title: string; onRenamed: () => void };

/** 规划改名 on the decomposition table: the office names the plan as it wants every screen and the bulletin to. */
export const PlanRename = ({ planId, title, onRenamed }: Props) => {
  const [isEditing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  if (!isEditing) {
    return (
      <button type="button" className="btn btn-plain" onClick={() => setEditing(true)}>
        规划改名
      </button>
    );
  }
  return (
    <PlanNameForm
      initial={title}
      submitLabel="保存"
      className="plan-rename"
      isSaving={isSaving}
      error={error}
      onCancel={() => {
        setEditing(false);
        setError(null);
      }}
      onSubmit={(name) => {
        setSaving(true);
        setError(null);
        invoke('plans.rename', { planId, title: name })
          .then(() => {
            setEditing(false);
            onRenamed();
          })
          .catch((err: unknown) => setError(errorMessage(err)))
          .finally(() => setSaving(false));
      }}
    />
  );
};
