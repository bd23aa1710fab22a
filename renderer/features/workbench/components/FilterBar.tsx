import { lightLabel, type Light } from '../../../../shared/progress/lights';
import { reportStateLabel, type ReportState } from '../../../../shared/progress/report-status';
import type { Filters } from '../filtering';

const lights: Light[] = ['red', 'yellow', 'blue', 'green', 'none'];
const states: ReportState[] = ['empty', 'draft', 'submitted', 'returned', 'accepted'];

type Props = { filters: Filters; sections: string[]; onChange: (filters: Filters) => void };

export const FilterBar = ({ filters, sections, onChange }: Props) => (
  <div className="filter-bar" role="group" aria-label="筛选">
    <select aria-label="亮灯" value={filters.light} onChange={(e) => onChange({ ...filters, light: e.target.value as Filters['light'] })}>
      <option value="">全部亮灯</option>
      {lights.map((l) => (
        <option key={l} value={l}>
          {lightLabel[l]}
        </option>
      ))}
    </select>
    <select aria-label="本期状态" value={filters.state} onChange={(e) => onChange({ ...filters, state: e.target.value as Filters['state'] })}>
      <option value="">全部状态</option>
      {states.map((s) => (
        <option key={s} value={s}>
          {reportStateLabel[s]}
        </option>
      ))}
    </select>
    <select aria-label="角色" value={filters.role} onChange={(e) => onChange({ ...filters, role: e.target.value as Filters['role'] })}>
      <option value="">牵头和参与</option>
      <option value="lead">只看牵头</option>
      <option value="participant">只看参与</option>
    </select>
    {sections.length > 0 ? (
      <select aria-label="篇章" value={filters.section} onChange={(e) => onChange({ ...filters, section: e.target.value })}>
        <option value="">全部篇章</option>
        {sections.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    ) : null}
    <select aria-label="排序" value={filters.sort} onChange={(e) => onChange({ ...filters, sort: e.target.value as Filters['sort'] })}>
      <option value="deadline">按完成时限</option>
      <option value="document">按文件顺序</option>
    </select>
  </div>
);
