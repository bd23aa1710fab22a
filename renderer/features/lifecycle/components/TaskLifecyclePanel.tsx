// 延期与办结 on the workbench's task screen (issue 21): the deadline that stands beside the original, the
// closure, every request with the office's decision, and for a lead unit the two requests it may make.
import { useCallback, useEffect, useState } from 'react';
import type { LifecycleKind, TaskLifecycle } from '../../../../shared/lifecycle/types';
import type { AttachmentInfo, DraftAttachment } from '../../../../shared/progress/types';
import { errorMessage, invoke } from '../../../api/client';
import { fieldErrors, type FieldErrors } from '../../../api/errors';
import { readAsBase64 } from '../../../api/read-file';
import { askConfirm } from '../../../app/confirm';
import { formatDay } from '../../../../shared/progress/deadline';
import { EvidenceFiles } from '../../workbench/components/EvidenceFiles';
import { RequestList } from './RequestList';
import '../lifecycle.css';
import { Banners } from '../../../app/Banners';

type Props = { taskId: string; departmentId: string; attachmentTypes: string[]; maxBytes: number | null; onChanged: () => void };

type Form = { kind: LifecycleKind; newDeadline: string; reason: string; finalReport: string; files: DraftAttachment[] };

export const TaskLifecyclePanel = ({ taskId, departmentId, attachmentTypes, maxBytes, onChanged }: Props) => {
  const [life, setLife] = useState<TaskLifecycle | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [info, setInfo] = useState<Record<string, AttachmentInfo>>({});
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [isBusy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setLife(await invoke('lifecycle.task', { taskId, departmentId }));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [taskId, departmentId]);

  useEffect(() => {
    setForm(null);
    setError(null);
    setFields({});
    void load();
  }, [load]);

  if (!life) return null;

  const start = (kind: LifecycleKind): void => {
    setForm({ kind, newDeadline: '', reason: '', finalReport: '', files: [] });
    setError(null);
    setFields({});
  };

  const addFiles = async (files: File[]): Promise<void> => {
    for (const file of files) {
      try {
        const added = await invoke('attachments.add', { fileName: file.name, dataBase64: await readAsBase64(file) });
        setInfo((i) => ({ ...i, [added.sha256]: added }));
        setForm((f) => (f && !f.files.some((x) => x.sha256 === added.sha256) ? { ...f, files: [...f.files, { sha256: added.sha256, fileName: added.fileName }] } : f));
      } catch (e) {
        setError(errorMessage(e));
      }
    }
  };

  const submit = async (): Promise<void> => {
    if (!form) return;
    const what = form.kind === 'extension' ? '延期申请' : '办结申请';
    const ok = await askConfirm({ title: `提交${what}`, body: `${what}提交后随下一次导出的进度包交给办公室审批,提交后不能修改。`, confirmLabel: '提交申请' });
    if (!ok) return;
    setBusy(true);
    try {
      await invoke('lifecycle.request', {
        taskId,
        departmentId,
        kind: form.kind,
        ...(form.kind === 'extension' && form.newDeadline ? { newDeadline: form.newDeadline } : {}),
        reason: form.reason,
        finalReport: form.finalReport,
        attachments: form.files,
      });
      setForm(null);
      setFields({});
      setError(null);
      await load();
      onChanged();
    } catch (e) {
      setFields(fieldErrors(e));
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="lc-panel" aria-label="延期与办结">
      <h3>延期与办结</h3>
      {life.closedAt ? (
        <div className="lc-closed" role="status">
          本任务已于{formatDay(life.closedAt)}办结销号,不再需要报送进展。
        </div>
      ) : null}
      {life.reopenedReason && !life.closedAt ? <div className="lc-note">办公室已重新启用本任务,理由:{life.reopenedReason}</div> : null}
      {life.extensionNote ? <div className="lc-note lc-extended">{life.extensionNote}</div> : null}
      <RequestList requests={life.requests} onError={setError} />
      {life.isLead && !form ? (
        <div className="lc-actions">
          <button type="button" disabled={life.extensionBlocked !== null} title={life.extensionBlocked ?? ''} onClick={() => start('extension')}>
            申请延期
          </button>
          <button type="button" disabled={life.closureBlocked !== null} title={life.closureBlocked ?? ''} onClick={() => start('closure')}>
            申请办结
          </button>
          {life.extensionBlocked && life.extensionBlocked === life.closureBlocked ? <span className="muted">{life.extensionBlocked}</span> : null}
          {life.extensionBlocked && life.extensionBlocked !== life.closureBlocked ? <span className="muted">{life.extensionBlocked}</span> : null}
          {life.closureBlocked && life.extensionBlocked !== life.closureBlocked ? <span className="muted">{life.closureBlocked}</span> : null}
        </div>
      ) : null}
      {form ? (
        <div className="lc-form" role="form" aria-label={form.kind === 'extension' ? '延期申请' : '办结申请'}>
          {form.kind === 'extension' ? (
            <label className="lc-field">
              申请延至
              <input type="date" aria-label="申请延至" value={form.newDeadline} onChange={(e) => setForm({ ...form, newDeadline: e.target.value })} />
              <span className="muted">现完成时限:{life.effectiveDeadline ? formatDay(life.effectiveDeadline) : '无明确时限'}</span>
              {fields.newDeadline ? <span className="field-error">{fields.newDeadline}</span> : null}
            </label>
          ) : (
            <label className="lc-field">
              办结报告(必填)
              <textarea aria-label="办结报告" rows={4} value={form.finalReport} onChange={(e) => setForm({ ...form, finalReport: e.target.value })} />
              {fields.finalReport ? <span className="field-error">{fields.finalReport}</span> : null}
            </label>
          )}
          <label className="lc-field">
            {form.kind === 'extension' ? '延期理由(必填)' : '补充说明'}
            <textarea aria-label={form.kind === 'extension' ? '延期理由' : '补充说明'} rows={3} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />
            {fields.reason ? <span className="field-error">{fields.reason}</span> : null}
          </label>
          <EvidenceFiles
            files={form.files}
            info={info}
            types={attachmentTypes}
            maxBytes={maxBytes}
            isEditable
            onAdd={(files) => void addFiles(files)}
            onRemove={(sha) => setForm({ ...form, files: form.files.filter((f) => f.sha256 !== sha) })}
            onError={setError}
          />
          <div className="lc-actions">
            <button type="button" className="btn" disabled={isBusy} onClick={() => void submit()}>
              提交{form.kind === 'extension' ? '延期' : '办结'}申请
            </button>
            <button type="button" className="btn btn-plain" onClick={() => setForm(null)}>
              取消
            </button>
          </div>
        </div>
      ) : null}
      <Banners error={error} />
    </section>
  );
};
