import type { DepartmentRow } from '../../../../shared/domain/types';

type Props = { departments: DepartmentRow[]; departmentId: string | null; onChoose: (id: string) => void };

/** Which unit this PC reports for. The setup package from the office will fix it; until then the clerk picks. */
export const WhoAmI = ({ departments, departmentId, onChoose }: Props) => (
  <label className="who-am-i">
    本单位
    <select aria-label="本单位" value={departmentId ?? ''} onChange={(e) => e.target.value && onChoose(e.target.value)}>
      <option value="">请选择本单位…</option>
      {departments.map((d) => (
        <option key={d.id} value={d.id}>
          {d.name}
        </option>
      ))}
    </select>
  </label>
);
