// Issue 21 in the bulletin: tasks closed out (已办结, with the day the office agreed) and tasks whose
// deadline the office extended (the original kept beside the new one). Shown only when there are any.
import { formatDay } from '../../../../shared/progress/deadline';
import { namedInDocument } from '../../../../shared/reports/rules';
import type { Bulletin } from '../../../../shared/reports/types';

type Props = { closed: NonNullable<Bulletin['closed']>; extended: NonNullable<Bulletin['extended']> };

export const LifecycleLists = ({ closed, extended }: Props) => (
  <>
    {closed.length > 0 ? (
      <>
        <h3 className="bulletin-sub">已办结销号的任务</h3>
        <table className="report-table bulletin-table" aria-label="已办结销号的任务">
          <thead>
            <tr>
              <th className="col-code">序号</th>
              <th>工作任务</th>
              <th>牵头单位</th>
              <th>办结情况</th>
            </tr>
          </thead>
          <tbody>
            {closed.map((t) => (
              <tr key={t.taskId}>
                <td className="col-code">{t.code}</td>
                <td>{t.title}</td>
                <td>{namedInDocument(t.leads).map((d) => d.name).join('、') || '—'}</td>
                <td>已办结({formatDay(t.closedAt)})</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    ) : null}
    {extended.length > 0 ? (
      <>
        <h3 className="bulletin-sub">经批准延期的任务</h3>
        <table className="report-table bulletin-table" aria-label="经批准延期的任务">
          <thead>
            <tr>
              <th className="col-code">序号</th>
              <th>工作任务</th>
              <th>牵头单位</th>
              <th>完成时限</th>
            </tr>
          </thead>
          <tbody>
            {extended.map((t) => (
              <tr key={t.taskId}>
                <td className="col-code">{t.code}</td>
                <td>{t.title}</td>
                <td>{namedInDocument(t.leads).map((d) => d.name).join('、') || '—'}</td>
                <td>{t.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    ) : null}
  </>
);
