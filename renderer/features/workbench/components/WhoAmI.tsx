import type { DepartmentRow } from '../../../../shared/domain/types';
import { useSetupStore } from '../../setup/store';

type Props = { departments: DepartmentRow[]; departmentId: string | null; onChoose: (id: string) => void; mode: 'office' | 'department' | 'demo' };

/**
 * Which unit this PC reports for. On a department PC the office's setup package fixed it: shown, not
 * chosen. On an office PC the picker chooses the unit to 代填 for; in the demo, any unit.
 */
export const WhoAmI = ({ departments, departmentId, onChoose, mode }: Props) => {
  const boundName = useSetupStore((state) => state.status?.departmentName ?? null);
  if (mode === 'department') {
    const name = boundName ?? departments.find((d) => d.id === departmentId)?.name;
    return (
      <span className="who-am-i" aria-label="本单位">
        本单位:<strong>{name ?? '(初始化包未设定)'}</strong>
      </span>
    );
  }
  const label = mode === 'office' ? '代填单位' : '本单位';
  return (
    <label className="who-am-i">
      {label}
      <select aria-label={label} value={departmentId ?? ''} onChange={(e) => e.target.value && onChoose(e.target.value)}>
        <option value="">{mode === 'office' ? '请选择要代填的单位…' : '请选择本单位…'}</option>
        {departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
    </label>
  );
};
