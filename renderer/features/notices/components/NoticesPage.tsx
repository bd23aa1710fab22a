// Issued notices ready to print: one A4 page each. In the app: back to the chase screen, 保存为 PDF (or the
// print dialog in the browser) and each notice's Word file. At the print address: the pages alone.
import { useEffect, useState } from 'react';
import type { IssuedNotice } from '../../../../shared/notices/types';
import { errorMessage, invoke } from '../../../api/client';
import { SavePdfButton } from '../../bulletin/components/SavePdfButton';
import { useNoticesStore } from '../store';
import { NoticeSheet } from './NoticeSheet';
import '../../dashboard/dashboard.css';
import '../notices.css';

type Props = { ids: string[]; isPrintOnly?: boolean; onBack?: () => void };

export const NoticesPage = ({ ids, isPrintOnly = false, onBack }: Props) => {
  const [notices, setNotices] = useState<IssuedNotice[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { saveDocx, notice } = useNoticesStore();
  const key = ids.join(',');
  useEffect(() => {
    let isCurrent = true;
    if (key === '') {
      setNotices([]);
      return undefined;
    }
    invoke('notices.list', { ids: key.split(',') })
      // The log lists newest first; the pages follow the order issued (the batch's numbering).
      .then((list) => isCurrent && setNotices([...list].sort((a, b) => a.seq - b.seq)))
      .catch((e: unknown) => isCurrent && setError(errorMessage(e)));
    return () => {
      isCurrent = false;
    };
  }, [key]);

  if (error) return <div className="bulletin-error" data-notice-state="error">{error}</div>;
  if (!notices) return <p className="empty">正在准备通知单…</p>;
  if (notices.length === 0) return <p className="empty">没有要显示的通知单,请在“统计与通报”的催办通知单中发出或打开。</p>;
  const first = notices[0];
  const pdfName = notices.length === 1 && first ? `催办通知单-${first.departmentName}-${first.docNumber}.pdf` : `催办通知单-${notices.length}份.pdf`;
  return (
    <div className={isPrintOnly ? 'notices-host print-only' : 'notices-host'} data-notice-state="ready">
      {isPrintOnly ? null : (
        <div className="notices-toolbar">
          {onBack ? (
            <button type="button" onClick={onBack}>
              返回催办
            </button>
          ) : null}
          <SavePdfButton fileName={pdfName} />
          {notices.map((n) => (
            <button type="button" key={n.id} onClick={() => void saveDocx(n.id)}>
              {notices.length === 1 ? '保存为 Word' : `${n.departmentName} Word`}
            </button>
          ))}
          <span className="muted">A4 纵向,每个单位一页</span>
          {notice ? (
            <span className="muted" role="status">
              {notice}
            </span>
          ) : null}
        </div>
      )}
      {notices.map((n) => (
        <NoticeSheet key={n.id} notice={n} />
      ))}
    </div>
  );
};
