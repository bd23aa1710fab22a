// 催报 (units that owe reports) and 催办 (tasks near or past their deadline); printable on their own.
import { formatDay } from '../../../../shared/progress/dates';
import { reportChannelLabel } from '../../../../shared/progress/channels';
import { reportStatusLabel } from '../../../../shared/progress/report-status';
import { deadlineClassLabel } from '../../../../shared/reports/rules';
import type { DashboardChase } from '../../../../shared/reports/types';
import type { IssuedNotice } from '../../../../shared/notices/types';
import { NoticeLog } from '../../notices/components/NoticePanel';
import type { DrillDown } from '../store';

/** noticeLog: the 催办通知单 sent to each unit, shown on its row (with onOpenNotices to open one). */
type Props = {
  /** The dashboard's chase list, or a roll-up's whole one (its task ids are not shown). */
  chase: DashboardChase;
  onDrill?: (d: DrillDown) => void;
  noticeLog?: Record<string, IssuedNotice[]>;
  onOpenNotices?: (ids: string[]) => void;
};

const overdueText = (days: number): string => (days > 0 ? `已逾期 ${days} 天` : days === 0 ? '今天截止' : `距截止 ${-days} 天`);

export const ChaseLists = ({ chase, onDrill, noticeLog, onOpenNotices }: Props) => (
  <div className="chase-lists">
    <h3>
      催报清单 <span className="muted">{chase.period.label} · 报送截止 {formatDay(chase.period.due)} · 截至 {formatDay(chase.today)}</span>
    </h3>
    {chase.departments.length === 0 ? (
      <p className="empty">本期没有欠报的单位。</p>
    ) : (
      <table className="report-table">
        <thead>
          <tr>
            <th>单位</th>
            <th>未报 / 应报</th>
            <th>逾期</th>
            <th>报送方式</th>
            <th>联系人</th>
            {noticeLog ? <th>催办通知单</th> : null}
          </tr>
        </thead>
        <tbody>
          {chase.departments.map((d) => (
            <tr key={d.departmentId}>
              <td>{d.name}</td>
              <td className="rp-num">
                {onDrill ? (
                  <button type="button" className="link-number" onClick={() => onDrill({ title: `${d.name}未报的任务`, filter: { kind: 'missing', departmentId: d.departmentId } })}>
                    {d.missing} / {d.expected}
                  </button>
                ) : (
                  `${d.missing} / ${d.expected}`
                )}
              </td>
              <td className={d.daysOverdue > 0 ? 'rp-bad' : ''}>{overdueText(d.daysOverdue)}</td>
              <td className={`channel channel-${d.channel}`}>{reportChannelLabel[d.channel]}</td>
              <td>{d.contact || <span className="muted">未登记</span>}</td>
              {noticeLog ? (
                <td>
                  <NoticeLog notices={noticeLog[d.departmentId]} onOpen={onOpenNotices ?? (() => undefined)} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    )}
    <h3>
      催办清单 <span className="muted">即将逾期(≤{chase.nearDays} 天)/ 逾期未办 / 逾期已办</span>
    </h3>
    {chase.tasks.length === 0 ? (
      <p className="empty">没有即将逾期或已逾期的任务。</p>
    ) : (
      <table className="report-table">
        <thead>
          <tr>
            <th>类别</th>
            <th className="col-code">序号</th>
            <th>工作任务</th>
            <th>完成时限</th>
            <th>剩余 / 逾期</th>
            <th>牵头部门</th>
            <th>最新状态</th>
            <th>联系人</th>
          </tr>
        </thead>
        <tbody>
          {chase.tasks.map((t) => (
            <tr key={t.taskId} className={`chase-${t.deadlineClass}`}>
              <td>{deadlineClassLabel[t.deadlineClass]}</td>
              <td className="col-code">{t.code}</td>
              <td>
                {onDrill ? (
                  <button type="button" className="link-number" onClick={() => onDrill({ title: `任务 ${t.code}`, filter: { kind: 'task', taskId: t.taskId } })}>
                    {t.title}
                  </button>
                ) : (
                  t.title
                )}
              </td>
              <td>{t.deadlineText || (t.deadline ? formatDay(t.deadline) : '—')}</td>
              <td className="rp-num">{t.daysLeft >= 0 ? `剩 ${t.daysLeft} 天` : `逾期 ${-t.daysLeft} 天`}</td>
              <td>{t.leads.join('、') || '—'}</td>
              <td>
                {t.latestStatus ? reportStatusLabel[t.latestStatus] : '未报送'}
                {t.latestPercent !== null ? ` ${t.latestPercent}%` : ''}
              </td>
              <td>{t.contacts.join(';') || <span className="muted">未登记</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </div>
);
