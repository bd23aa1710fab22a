import type { Role } from './types.js';

export const roleLabel: Record<Role, string> = {
  lead: '牵头',
  participant: '参与',
};
