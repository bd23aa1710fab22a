// 添加指标: a task whose plan gave it no indicator gets one from the office, while it reviews the task's
// reports. Units see it on their form from the next plan update (the office owns indicators, sync.md).
import { useState } from 'react';
import { errorMessage, invoke } from '../../../api/client';

type Props = { taskId: string; taskCode: string; onAdded: () => void };

const EMPTY = { name: '', unit: '', targetText: '' };

export const AddIndicator = ({ taskId, taskCode, onAdded }: Props) => {
  const [form, setForm] = useState<typeof EMPTY | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  if (form === null)
    return (
      <div className="add-indicator">
        <span className="muted">任务 {taskCode} 在规划中没有量化指标。</span>{' '}
        <button type="button" className="btn btn-plain" onClick={() => setForm(EMPTY)}>
          为本任务添加指标
        </button>
      </div>
    );
  const edit = (patch: Partial<typeof EMPTY>): void => {
    setForm({ ...form, ...patch });
    setError(null);
  };
  const save = async (): Promise<void> => {
    if (form.name.trim() === '') {
      setError('请填写指标名称');
      return;
    }
    setBusy(true);
    try {
      await invoke('indicators.add', { taskId, name: form.name.trim(), unit: form.unit.trim(), targetText: form.targetText.trim() });
      setForm(null);
      setError(null);
      onAdded();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="add-indicator">
      <legend>为任务 {taskCode} 添加指标</legend>
      <label>
        指标名称
        <input aria-label="指标名称" maxLength={200} value={form.name} onChange={(e) => edit({ name: e.target.value })} />
      </label>
      <label>
        单位
        <input aria-label="指标单位" maxLength={20} size={6} placeholder="如 %、家" value={form.unit} onChange={(e) => edit({ unit: e.target.value })} />
      </label>
      <label>
        目标值
        <input aria-label="目标值" maxLength={50} size={10} placeholder="如 ≥96" value={form.targetText} onChange={(e) => edit({ targetText: e.target.value })} />
      </label>
      <button type="button" className="btn" disabled={isBusy} onClick={() => void save()}>
        添加
      </button>
      <button type="button" className="btn btn-plain" onClick={() => setForm(null)}>
        取消
      </button>
      {error ? (
        <span className="field-message" role="alert">
          {error}
        </span>
      ) : null}
      <p className="muted">添加后,各责任单位在下一次收到回执后即可在填报表单中填写该指标。</p>
    </fieldset>
  );
};
