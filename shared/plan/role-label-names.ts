// A role label written before a unit inside a sentence (`由包片单位县气象局负责清除`, `由责任单位县城管局负责`):
// the label says what the unit is to the task, it is no part of the unit's name. Read whole, the lead came out
// as `包片单位县气象局`, a name no office has. The label is taken off when what follows it is a unit's name.
import type { ParsedTask } from './types.js';
import { isUnitNameList } from './unit-names.js';

const LABEL = /^(?:包片|包保|包联|挂包|挂钩|联系|帮扶|结对|责任|牵头|主办|承办|协办|配合|主责|属地)(?:单位|部门)(?:为|是)?(.+)$/;

/** The name without the role label in front, or the name as it was. */
export const withoutRoleLabel = (name: string): string => {
  const m = LABEL.exec(name.trim());
  const rest = m?.[1]?.trim() ?? '';
  return rest.length >= 2 && isUnitNameList([rest]) ? rest : name;
};

export const dropRoleLabels = (tasks: ParsedTask[]): ParsedTask[] =>
  tasks.map((t) => {
    const leads = t.leads.map(withoutRoleLabel);
    const participants = t.participants.map(withoutRoleLabel);
    const same = leads.every((n, k) => n === t.leads[k]) && participants.every((n, k) => n === t.participants[k]);
    return same ? t : { ...t, leads, participants };
  });
