// This period's report for one task: status, percent, the three texts, indicators and evidence.
// Every field saves on leaving it; typing saves on a short timer (see store.ts). Each field is checked as
// the clerk types and its message sits beside it; a draft always saves, only submitting asks for all.
import { MAX_REPORT_TEXT } from '../../../../shared/progress/draft-check';
import { reportStatusLabel, reportStatuses, type ReportStatus } from '../../../../shared/progress/report-status';
import { formatClock } from '../../../../shared/progress/dates';
import { useWorkbench, type SaveState } from '../store';
import { EvidenceFiles } from './EvidenceFiles';
import { IndicatorFields } from './IndicatorFields';

const saveLabel = (state: SaveState, savedAt: string | null): string => {
  const time = savedAt ? formatClock(savedAt) : '';
  if (state === 'dirty') return '有改动,即将自动保存…';
  if (state === 'saving') return '正在保存…';
  if (state === 'saved') return `草稿已保存 ${time}`;
  if (state === 'partial') return `草稿已保存 ${time},标红的项未保存`;
  if (state === 'error') return '草稿未保存';
  return '';
};

const FieldMessage = ({ id, message }: { id: string; message: string | undefined }) =>
  message ? (
    <span id={id} className="field-message" role="alert">
      {message}
    </span>
  ) : null;

type TextProps = {
  name: string;
  label: string;
  value: string;
  isEditable: boolean;
  isRequired?: boolean;
  isMain?: boolean;
  error: string | undefined;
  onChange: (v: string) => void;
  onBlur: () => void;
};

const TextField = ({ name, label, value, isEditable, isRequired, isMain, error, onChange, onBlur }: TextProps) => {
  const isOver = value.length > MAX_REPORT_TEXT;
  return (
    <label className={`field text-field ${isMain ? 'main-text' : ''} ${error ? 'has-error' : ''}`}>
      <span className="field-head">
        <span className="field-label">
          {label}
          {isRequired ? <span className="required" title="提交时必填">*</span> : null}
        </span>
        <span id={`${name}-count`} className={`counter ${isOver ? 'over' : ''}`} title="已写字数 / 上限">
          {value.length}/{MAX_REPORT_TEXT}
        </span>
      </span>
      <textarea
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-message ${name}-count` : `${name}-count`}
        value={value}
        disabled={!isEditable}
        rows={isMain ? 12 : 3}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      <FieldMessage id={`${name}-message`} message={error} />
    </label>
  );
};

export const ReportForm = () => {
  const { detail, isOpening, form, files, settings, saveState, savedAt, formError, fieldErrors, updateForm, saveNow, addFiles, removeFile, submit, discardDraft } = useWorkbench();
  if (!detail || !form) return null;
  // While another task or period opens, the fields wait for it: typing now would go to the old report.
  const isEditable = detail.isEditable && !isOpening;
  const blur = (): void => void saveNow();

  return (
    <form
      className="report-form"
      aria-label="本期报告"
      aria-busy={isOpening}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="form-row">
        <label className={`field inline ${fieldErrors.status ? 'has-error' : ''}`}>
          <span className="field-label">
            进展状态<span className="required" title="提交时必填">*</span>
          </span>
          <select
            aria-label="进展状态"
            aria-invalid={fieldErrors.status ? true : undefined}
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
          <FieldMessage id="status-message" message={fieldErrors.status} />
        </label>
        <label className={`field inline ${fieldErrors.percent ? 'has-error' : ''}`}>
          <span className="field-label">
            完成百分比<span className="required" title="提交时必填">*</span>
          </span>
          <span className="value-input">
            <input
              aria-label="完成百分比"
              aria-invalid={fieldErrors.percent ? true : undefined}
              aria-describedby={fieldErrors.percent ? 'percent-message' : undefined}
              inputMode="numeric"
              value={form.percent}
              disabled={!isEditable}
              onChange={(e) => updateForm({ percent: e.target.value })}
              onBlur={blur}
            />
            <span className="unit">%</span>
          </span>
          <FieldMessage id="percent-message" message={fieldErrors.percent} />
        </label>
      </div>
      <TextField name="progress" label="进展情况" isMain isRequired value={form.progress} error={fieldErrors.progress} isEditable={isEditable} onChange={(v) => updateForm({ progress: v })} onBlur={blur} />
      <TextField name="problems" label="存在问题" value={form.problems} error={fieldErrors.problems} isEditable={isEditable} onChange={(v) => updateForm({ problems: v })} onBlur={blur} />
      <TextField name="nextSteps" label="下一步计划" value={form.nextSteps} error={fieldErrors.nextSteps} isEditable={isEditable} onChange={(v) => updateForm({ nextSteps: v })} onBlur={blur} />

      <h3>指标完成情况</h3>
      <IndicatorFields
        indicators={detail.indicators}
        values={form.indicatorValues}
        errors={fieldErrors}
        isEditable={isEditable}
        onChange={(indicatorValues) => updateForm({ indicatorValues })}
        onBlur={blur}
      />

      <h3>佐证材料</h3>
      <EvidenceFiles
        files={form.attachments}
        info={files}
        types={settings?.attachmentTypes ?? []}
        maxBytes={settings?.maxAttachmentBytes ?? null}
        isEditable={isEditable}
        onAdd={(chosen) => void addFiles(chosen)}
        onRemove={removeFile}
        onError={(message) => useWorkbench.setState({ formError: message })}
      />

      {detail.isEditable ? (
        <div className="form-actions">
          {formError ? (
            <span className="form-error" role="alert">
              {formError}
            </span>
          ) : (
            <span className={`save-state save-${saveState}`} role="status">
              {saveLabel(saveState, savedAt)}
            </span>
          )}
          <button type="button" onClick={() => void saveNow()} title="Ctrl+S" disabled={isOpening}>
            保存草稿
          </button>
          {savedAt || saveState === 'dirty' ? (
            <button type="button" onClick={() => void discardDraft()} disabled={isOpening}>
              放弃草稿
            </button>
          ) : null}
          <button type="submit" className="primary" disabled={isOpening}>
            {detail.state === 'returned' ? '重新提交' : '提交本期报告'}
          </button>
        </div>
      ) : formError ? (
        <div className="form-error" role="alert">
          {formError}
        </div>
      ) : null}
    </form>
  );
};
