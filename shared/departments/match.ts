import type { DepartmentRow } from '../domain/types.js';

/**
 * Does a department match what the clerk typed? Matches the canonical name, any alias, or the
 * pinyin initials (sswj → 市商务局), also when the 市/省 prefix is left out (swj → 市商务局).
 */
export const departmentMatches = (department: DepartmentRow, query: string): boolean => {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (q.length === 0) return true;
  if (department.name.includes(q)) return true;
  if (department.aliases.some((alias) => alias.includes(q))) return true;
  if (!/^[a-z]+$/.test(q)) return false;
  const initials = department.initials;
  return initials.startsWith(q) || initials.slice(1).startsWith(q) || initials.includes(q);
};

/** Best matches first: exact name, then name prefix, then initials prefix, then the rest in name order. */
export const rankDepartments = <T extends DepartmentRow>(departments: T[], query: string): T[] => {
  const q = query.trim().toLowerCase();
  const score = (d: DepartmentRow): number => {
    if (d.name === q) return 0;
    if (d.name.startsWith(q) || d.name.slice(1).startsWith(q)) return 1;
    if (d.initials.startsWith(q) || d.initials.slice(1).startsWith(q)) return 2;
    return 3;
  };
  return departments
    .filter((d) => departmentMatches(d, query))
    .sort((a, b) => score(a) - score(b) || b.taskCount - a.taskCount || a.name.localeCompare(b.name, 'zh-CN'));
};
