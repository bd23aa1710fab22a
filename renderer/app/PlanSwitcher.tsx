// The plan switcher in the header: a short title that stays on one line (the full title as its
// tooltip), and every imported plan to choose from. Each plan has its own counts and lists.
import { usePlanStore } from '../features/tasks/store';

const MAX_SHORT = 16;

/** 关于印发《湛江市质量提升行动方案》的通知 → 湛江市质量提升行动方案; long titles end in …. */
export const shortTitle = (title: string): string => {
  const inner = /《([^》]+)》/.exec(title)?.[1];
  const base = (inner ?? title).replace(/^关于/, '').replace(/的(通知|意见|决定)$/, '').trim() || title;
  return base.length > MAX_SHORT ? `${base.slice(0, MAX_SHORT - 1)}…` : base;
};

export const PlanSwitcher = () => {
  const { plans, plan, departments, isLoading, choosePlan } = usePlanStore();
  if (!plan) return <div className="plan-title">{isLoading ? '正在载入…' : '尚未导入规划'}</div>;
  return (
    <div className="plan-switcher">
      {plans.length > 1 ? (
        <select
          className="plan-select"
          aria-label="当前规划"
          title={plan.title}
          value={plan.id}
          onChange={(e) => void choosePlan(e.target.value)}
        >
          {plans.map((p) => (
            <option key={p.id} value={p.id} title={p.title}>
              {shortTitle(p.title)}
            </option>
          ))}
        </select>
      ) : (
        <div className="plan-title" title={plan.title}>
          {shortTitle(plan.title)}
        </div>
      )}
      <div className="plan-meta" title={`${plan.title}:共 ${plan.taskCount} 项任务,${departments.length} 个部门`}>
        {plan.taskCount} 项任务 · {departments.length} 个部门
      </div>
    </div>
  );
};
