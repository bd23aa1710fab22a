import { useExportStore } from '../export-store';

/** What the last export did (or why it could not), one line per file for a batch. */
export const ExportNotice = () => {
  const { notice, error, lines, dismiss } = useExportStore();
  if (!notice && !error && lines.length === 0) return null;
  return (
    <div className={error ? 'error-banner export-notice' : 'notice-banner export-notice'} role={error ? 'alert' : 'status'}>
      {error ?? notice}
      {lines.length > 0 ? (
        <ul className="export-lines">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="link" onClick={dismiss}>
        知道了
      </button>
    </div>
  );
};

/** 2026年11月29日 14:05 in this PC's time zone: when a package was made, for display only. */
export const formatInstant = (iso: string): string => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${two(d.getHours())}:${two(d.getMinutes())}`;
};
