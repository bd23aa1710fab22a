// The plan switcher in the header: a short title that stays on one line (the full title as its
// tooltip), and every imported plan to choose from. Each plan has its own counts and lists.
import { shortPlanTitle } from '../../shared/plan/title';
import { usePlanStore } from '../features/tasks/store';

const shortTitle = shortPlanTitle;

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
        共 {plan.taskCount} 项任务 · {departments.length} 个部门
      </div>
    </div>
  );
};
