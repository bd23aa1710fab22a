import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { requirePlanId } from '../plans/handlers.js';
import { defaultPlanId } from '../plans/queries.js';
import { listDepartmentTasks } from '../tasks/queries.js';
import { getDepartment, listDepartments } from './directory.js';
import { addDepartmentAlias, mergeDepartments, renameDepartment, setDepartmentContact, setGroupMembers } from './edit.js';
import { directoryEntry, listDirectory } from './list-directory.js';

type DepartmentsHandlers = Pick<
  ApiHandlers,
  | 'departments.list'
  | 'departments.tasks'
  | 'departments.directory'
  | 'departments.addAlias'
  | 'departments.merge'
  | 'departments.rename'
  | 'departments.setGroupMembers'
  | 'departments.setContact'
>;

export const createDepartmentsHandlers = (ctx: BackendContext): DepartmentsHandlers => {
  const { db } = ctx;
  return {
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
    'departments.directory': async () => listDirectory(db),
    'departments.addAlias': async ({ department, alias }) => directoryEntry(db, addDepartmentAlias(ctx, department, alias)),
    'departments.merge': async ({ from, into }) => {
      const { intoId, movedAssignments, movedIndicators } = mergeDepartments(ctx, from, into);
      return { entry: directoryEntry(db, intoId), movedAssignments, movedIndicators };
    },
    'departments.rename': async ({ department, name }) => directoryEntry(db, renameDepartment(ctx, department, name)),
    'departments.setGroupMembers': async ({ group, members }) => directoryEntry(db, setGroupMembers(ctx, group, members)),
    'departments.setContact': async ({ department, contact }) => directoryEntry(db, setDepartmentContact(ctx, department, contact)),
  };
};
