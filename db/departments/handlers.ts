import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { requirePlanId } from '../plans/handlers.js';
import { defaultPlanId } from '../plans/queries.js';
import { listDepartmentTasks } from '../tasks/queries.js';
import { getDepartment, listDepartments } from './directory.js';

type DepartmentsHandlers = Pick<ApiHandlers, 'departments.list' | 'departments.tasks'>;

export const createDepartmentsHandlers = ({ db }: BackendContext): DepartmentsHandlers => ({
  'departments.list': async ({ planId }) => listDepartments(db, planId ?? defaultPlanId(db)),
  'departments.tasks': async ({ department, planId }) => {
    const plan = requirePlanId(db, planId);
    const row = getDepartment(db, department);
    return {
      department: row,
      lead: listDepartmentTasks(db, plan, row.id, 'lead'),
      participant: listDepartmentTasks(db, plan, row.id, 'participant'),
    };
  },
});
