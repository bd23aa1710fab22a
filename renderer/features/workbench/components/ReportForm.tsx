// This period's report for one task: status, percent, the three texts, indicators and evidence.
// Every field saves on leaving it; typing saves on a short timer (see store.ts).
import { reportStatusLabel, reportStatuses, type ReportStatus } from '../../../../shared/progress/report-status';
import { useWorkbench, type SaveState } from '../store';
import { EvidenceFiles } from './EvidenceFiles';
import { IndicatorFields } from './IndicatorFields';

const saveLabel = (state: SaveState, savedAt: string | null): string => {
  const time = savedAt ? new Date(savedAt).toLocaleTimeString('zh-CN', { hour12: false }) : '';
  if (state === 'dirty') return '有改动,即将自动保存…';
  if (state === 'saving') return '正在保存…';
  if (state === 'saved') return `草稿已保存 ${time}`;
  if (state === 'error') return '草稿未保存';
  return '';
};

const TextField = ({ label, value, isEditable, onChange, onBlur }: { label: string; value: string; isEditable: boolean; onChange: (v: string) => void; onBlur: () => void }) => (
  <label className="field">
    <span className="field-label">{label}</span>
    <textarea aria-label={label} value={value} disabled={!isEditable} rows={4} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
  </label>
);

export const ReportForm = () => {
  const { detail, form, files, settings, saveState, savedAt, formError, updateForm, saveNow, addFiles, removeFile, submit } = useWorkbench();
  if (!detail || !form) return null;
  const isEditable = detail.isEditable;
  const blur = (): void => void saveNow();

  return (
    <form
      className="report-form"
      aria-label="本期报告"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="form-row">
        <label className="field inline">
          <span className="field-label">进展状态</span>
          <select
            aria-label="进展状态"
            value={form.status}
            disabled={!isEditable}
            onChange={(e) => updateForm({ status: e.target.value as ReportStatus | '' })}
            onBlur={blur}
          >
            <option value="">请选择</option>
            {reportStatuses.map((s) => (
              <option key={s} value={s}>
                {reportStatusLabel[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          <span className="field-label">完成百分比</span>
          <span className="value-input">
            <input
              aria-label="完成百分比"
              inputMode="numeric"
              value={form.percent}
              disabled={!isEditable}
              onChange={(e) => updateForm({ percent: e.target.value })}
              onBlur={blur}
            />
            <span className="unit">%</span>
          </span>
        </label>
      </div>
      <TextField label="进展情况" value={form.progress} isEditable={isEditable} onChange={(v) => updateForm({ progress: v })} onBlur={blur} />
      <TextField label="存在问题" value={form.problems} isEditable={isEditable} onChange={(v) => updateForm({ problems: v })} onBlur={blur} />
      <TextField label="下一步计划" value={form.nextSteps} isEditable={isEditable} onChange={(v) => updateForm({ nextSteps: v })} onBlur={blur} />

      <h3>指标完成情况</h3>
      <IndicatorFields
        indicators={detail.indicators}
        values={form.indicatorValues}
        isEditable={isEditable}
        onChange={(indicatorValues) => updateForm({ indicatorValues })}
        onBlur={blur}
      />

      <h3>佐证材料</h3>
      <EvidenceFiles
        files={form.attachments}
        info={files}
        types={settings?.attachmentTypes ?? []}
        isEditable={isEditable}
        onAdd={(chosen) => void addFiles(chosen)}
        onRemove={removeFile}
        onError={(message) => useWorkbench.setState({ formError: message })}
      />

      {formError ? (
        <div className="form-error" role="alert">
          {formError}
        </div>
      ) : null}
      {isEditable ? (
        <div className="form-actions">
          <span className={`save-state save-${saveState}`} role="status">
            {saveLabel(saveState, savedAt)}
          </span>
          <button type="button" onClick={() => void saveNow()} title="Ctrl+S">
            保存草稿
          </button>
          <button type="submit" className="primary">
            {detail.state === 'returned' ? '重新提交' : '提交本期报告'}
          </button>
        </div>
      ) : null}
    </form>
  );
};
