// The bulletin (通报) for a period as an A4 print view: summary figures, department ranking, lagging
// tasks with their problems, indicators off target, under the office's name and date. Page numbers
// come from the @page rule, so printing from the app and the CLI's PDF number pages alike.
import { planSubject } from '../../../../shared/plan/title';
import { useEffect, useState } from 'react';
import { formatDay } from '../../../../shared/progress/deadline';
import { lightLabel } from '../../../../shared/progress/lights';
import { lightColour, namedInDocument, statusKeyLabel } from '../../../../shared/reports/rules';
import type { Bulletin } from '../../../../shared/reports/types';
import { errorMessage, invoke } from '../../../api/client';
import { LightChart, StatusChart } from '../../dashboard/components/DashboardCharts';
import { IndicatorTable } from '../../dashboard/components/IndicatorTable';
import { ChannelLine, RankingTable } from '../../dashboard/components/RankingTable';
import type { BulletinScope } from '../route';
import { SavePdfButton } from './SavePdfButton';
import { LifecycleLists } from './LifecycleLists';
import '../../dashboard/dashboard.css';
// ChannelLine's style (.channel-line) lives with 报送方式 in adoption.css: the print page (bulletin.html) loads no other screen's styles.
import '../../adoption/adoption.css';
import '../bulletin.css';

type Props = { scope: BulletinScope; isPrintOnly?: boolean; onBack?: () => void };

const overview = (b: Bulletin): string => {
  const s = b.summary;
  const r = s.reports;
  const count = (key: string) => s.byLight.find((x) => x.key === key)?.count ?? 0;
  const done = s.byStatus.find((x) => x.key === 'done')?.count ?? 0;
  return (
    `${s.period.label},${s.plan.title}共有工作任务 ${s.taskCount} 项。各责任单位应报送进展 ${r.expected} 份,已报送 ${r.received} 份` +
    `(按时 ${r.onTime} 份,逾期 ${r.late} 份),未报送 ${r.missing} 份;经审核通过 ${r.accepted} 份,退回修改 ${r.returned} 份。` +
    `截至 ${formatDay(s.asOf)},已完成 ${done} 项;亮灯情况为绿灯 ${count('green')} 项、蓝灯 ${count('blue')} 项、黄灯 ${count('yellow')} 项、红灯 ${count('red')} 项。`
  );
};

const noop = (): void => undefined;

export const BulletinPage = ({ scope, isPrintOnly = false, onBack }: Props) => {
  const [bulletin, setBulletin] = useState<Bulletin | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [officeDraft, setOfficeDraft] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  /** The office's name is a local setting: saved once, it heads every later bulletin and export. */
  const saveOfficeName = async (name: string): Promise<void> => {
    try {
      const settings = await invoke('reports.updateSettings', { officeName: name });
      setBulletin((b) => (b ? { ...b, officeName: settings.officeName } : b));
      setOfficeDraft(null);
      setSaveError(null);
    } catch (e) {
      setSaveError(errorMessage(e));
    }
  };

  const { planId, periodId } = scope;
  useEffect(() => {
    let isCurrent = true;
    invoke('reports.bulletin', { planId, periodId })
      .then((b) => isCurrent && setBulletin(b))
      .catch((e: unknown) => isCurrent && setError(errorMessage(e)));
    return () => {
      isCurrent = false;
    };
  }, [planId, periodId]);

  if (error) return <div className="bulletin-error" data-bulletin-state="error">{error}</div>;
  if (!bulletin) return <p className="empty">正在生成通报…</p>;
  const s = bulletin.summary;
  const columns = bulletin.columns ?? [];

  return (
    <div className={isPrintOnly ? 'bulletin-host print-only' : 'bulletin-host'}>
      {isPrintOnly ? null : (
        <div className="bulletin-toolbar">
          {onBack ? (
            <button type="button" onClick={onBack}>
              返回统计
            </button>
          ) : null}
          <SavePdfButton fileName={`通报-${bulletin.summary.period.label}.pdf`} />
          <label className="office-name">
            发文单位{' '}
            <input value={officeDraft ?? bulletin.officeName} onChange={(e) => setOfficeDraft(e.target.value)} aria-label="发文单位" />
          </label>
          {officeDraft !== null && officeDraft.trim() !== bulletin.officeName ? (
            <button type="button" onClick={() => void saveOfficeName(officeDraft)}>
              保存名称
            </button>
          ) : null}
          {saveError ? <span className="rp-bad">{saveError}</span> : <span className="muted">A4 纵向,页码随打印自动生成</span>}
        </div>
      )}
      <article className="bulletin" data-bulletin-state="ready">
        <header className="bulletin-head">
          <div className="bulletin-org">{bulletin.officeName}</div>
          <div className="bulletin-rule" />
          <h1>
            关于{s.period.label}
            {planSubject(s.plan.title)}工作进展情况的通报
          </h1>
        </header>

        <h2>一、总体情况</h2>
        <p className="bulletin-text">{overview(bulletin)}</p>
        {s.taskCount > 0 ? (
          <div className="bulletin-charts">
            <StatusChart summary={s} onDrill={noop} renderer="svg" />
            <LightChart summary={s} onDrill={noop} renderer="svg" />
          </div>
        ) : null}

        <h2>二、各单位报送情况</h2>
        <ChannelLine byChannel={s.byChannel} />
        <RankingTable ranking={s.ranking} />

        <h2>三、进展滞后的任务</h2>
        {bulletin.lagging.length === 0 ? (
          <p className="bulletin-text">本期没有进展滞后的任务。</p>
        ) : (
          <table className="report-table bulletin-table">
            <thead>
              <tr>
                <th className="col-code">序号</th>
                <th>工作任务</th>
                <th>牵头单位</th>
                <th>状态</th>
                <th>亮灯</th>
                <th>存在问题</th>
                {columns.map((c) => (
                  <th key={c.id}>{c.name}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {bulletin.lagging.map((t) => (
                <tr key={t.taskId}>
                  <td className="col-code">{t.code}</td>
                  <td>{t.title}</td>
                  <td>{namedInDocument(t.leads).map((d) => d.name).join('、') || '—'}</td>
                  <td>
                    {statusKeyLabel(t.status)}
                    {t.percent !== null ? ` ${t.percent}%` : ''}
                  </td>
                  <td>
                    <span className="rp-light-dot" style={{ background: lightColour[t.light] }} />
                    {lightLabel[t.light]}
                    <div className="light-reason">{t.lightReason}</div>
                  </td>
                  <td>{t.problems || <span className="muted">未填写</span>}</td>
                  {columns.map((c) => (
                    <td key={c.id}>{t.values?.[c.id] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}

        {bulletin.closed || bulletin.extended ? <LifecycleLists closed={bulletin.closed ?? []} extended={bulletin.extended ?? []} /> : null}

        <h2>四、未达标指标</h2>
        <IndicatorTable indicators={s.offTarget} totalCount={s.indicatorCount} />

        <footer className="bulletin-sign">
          <div>{bulletin.officeName}</div>
          <div>{formatDay(bulletin.issuedOn)}</div>
        </footer>
      </article>
    </div>
  );
};
