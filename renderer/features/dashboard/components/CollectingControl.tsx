// Which period the office is collecting: named in every package it sends, so departments report for it
// whatever their PC's calendar says (sync.md). Shown beside the dashboard's period choice, where the
// office picks a period; choosing another one there offers to collect that one, with its due date.
import { useEffect, useState } from 'react';
import { formatDay } from '../../../../shared/progress/dates';
import type { CollectingPeriod } from '../../../../shared/sync/types';
import { errorMessage, invoke } from '../../../api/client';

type Props = { selected: { id: string; label: string; due: string } };

export const CollectingControl = ({ selected }: Props) => {
  const [collecting, setCollecting] = useState<CollectingPeriod | null>(null);
  const [due, setDue] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  useEffect(() => {
    void invoke('sync.collecting', {})
      .then(setCollecting)
      .catch((error: unknown) => setMessage({ text: errorMessage(error), isError: true }));
  }, []);
  useEffect(() => setDue(null), [selected.id]);

  if (!collecting) return message ? <span className="field-message">{message.text}</span> : null;
  const open = async (): Promise<void> => {
    if (!due || !/^\d{4}-\d{2}-\d{2}$/.test(due)) {
      setMessage({ text: '请选择截止日期', isError: true });
      return;
    }
    try {
      const result = await invoke('sync.collecting', { open: selected.id, due });
      setCollecting(result);
      setDue(null);
      setMessage({ text: `已开始收集${result?.label ?? selected.label}:此后发给各单位的回执都会写明本期和截止日期`, isError: false });
    } catch (error) {
      setMessage({ text: errorMessage(error), isError: true });
    }
  };
  const isOther = collecting.periodId !== selected.id;
  return (
    <div className="collecting" aria-label="正在收集的报告期">
      <span>
        正在收集:<strong>{collecting.label}</strong>,截止 {formatDay(collecting.due)}
        {collecting.source === 'calendar' ? <span className="muted">(按本机日期,尚未开启)</span> : null}
      </span>
      {isOther && due === null ? (
        <button type="button" className="link" onClick={() => setDue(selected.due)}>
          改为收集{selected.label}
        </button>
      ) : null}
      {!isOther && collecting.source === 'calendar' && due === null ? (
        <button type="button" className="link" onClick={() => setDue(collecting.due)}>
          开启本期收集
        </button>
      ) : null}
      {due !== null ? (
        <span className="collecting-form">
          {selected.label}截止日期
          <input type="date" aria-label="截止日期" value={due} onChange={(e) => setDue(e.target.value)} />
          <button type="button" onClick={() => void open()}>
            确认开始收集
          </button>
          <button type="button" className="link" onClick={() => setDue(null)}>
            取消
          </button>
        </span>
      ) : null}
      {message ? (
        <span role={message.isError ? 'alert' : 'status'} className={message.isError ? 'field-message' : 'muted'}>
          {message.text}
        </span>
      ) : null}
    </div>
  );
};
