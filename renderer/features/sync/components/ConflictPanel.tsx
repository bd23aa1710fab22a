import type { ConflictGroup, ConflictSide } from '../../../../shared/sync/types';
import { useSyncStore } from '../store';

const HIDDEN = new Set(['row_version', 'origin_id', 'deleted', 'task_id', 'department_id', 'period_id']);
const LABELS: Record<string, string> = { status: '状态', percent: '完成比例', progress: '进展情况', problems: '存在问题', next_steps: '下一步计划', submitted_at: '报送时间', value_text: '数值', file_name: '文件名' };

const STATUS: Record<string, string> = { not_started: '未启动', on_track: '正常推进', done: '已完成', behind: '滞后', ongoing: '长期坚持' };

const shown = (key: string, value: unknown): string => (value === null ? '—' : key === 'status' ? (STATUS[String(value)] ?? String(value)) : String(value));

const Side = ({ title, side, other, onKeep }: { title: string; side: ConflictSide; other: ConflictSide | null; onKeep: () => void }) => (
  <div className="conflict-side">
    <h4>
      {title}:{side.name} · 第 {side.rowVersion} 版
    </h4>
    <dl>
      {Object.entries(side.row)
        .filter(([k]) => !HIDDEN.has(k))
        .map(([k, v]) => (
          <div key={k} className={other && other.row[k] !== v ? 'conflict-diff' : ''}>
            <dt>{LABELS[k] ?? k}</dt>
            <dd>{shown(k, v)}</dd>
          </div>
        ))}
    </dl>
    <button type="button" className="btn" onClick={onKeep}>
      采用这一版本
    </button>
  </div>
);

/** Both versions side by side; a person decides, and the version not chosen stays on record. */
export const ConflictPanel = () => {
  const { conflicts, resolve } = useSyncStore();
  if (conflicts.length === 0) return <p className="sync-empty">没有冲突。</p>;
  return (
    <section aria-label="冲突" className="sync-panel">
      {conflicts.map((g: ConflictGroup) => (
        <article key={`${g.table}|${g.pk}`} className="conflict">
          <h3>
            {g.tableLabel}:{g.title} <span className={`badge badge-${g.status === 'open' ? 'warn' : 'muted'}`}>{g.status === 'open' ? '待决定' : '已决定'}</span>
          </h3>
          <div className="conflict-sides">
            {g.current ? <Side title="现用版本" side={g.current} other={g.others[0] ?? null} onKeep={() => void resolve(g, g.current!.originId)} /> : null}
            {g.others.map((o) => (
              <Side key={o.originId} title="另一版本" side={o} other={g.current} onKeep={() => void resolve(g, o.originId)} />
            ))}
          </div>
        </article>
      ))}
    </section>
  );
};
