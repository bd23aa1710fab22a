// Which screens a PC offers, by its role. A department PC (bound to its unit by its setup package) does
// its unit's work only: no plan import, directory, citywide figures, bulletin or chasing. An office PC
// opens on office work; entering a unit's report there is the explicit 代填. The demo shows everything.
import type { SetupStatus } from '../../shared/setup/types';

import type { Screen } from './navigation';

export type { Screen };

export type PcMode = 'office' | 'department' | 'demo';

export const modeOf = (status: SetupStatus | null): PcMode => (status?.isDemo ? 'demo' : status?.role === 'department' ? 'department' : 'office');

const ALL: { id: Screen; label: string; modes: PcMode[] }[] = [
  { id: 'workbench', label: '部门工作台', modes: ['department', 'demo'] },
  { id: 'dashboard', label: '统计与通报', modes: ['office'] },
  { id: 'review', label: '审核', modes: ['office', 'demo'] },
  { id: 'plan', label: '任务分解表', modes: ['office', 'department', 'demo'] },
  { id: 'import', label: '导入规划', modes: ['office', 'demo'] },
  { id: 'directory', label: '部门目录', modes: ['office', 'demo'] },
  { id: 'sync', label: '数据交换', modes: ['office', 'department', 'demo'] },
  { id: 'workbench', label: '代填', modes: ['office'] },
  { id: 'dashboard', label: '统计与通报', modes: ['demo'] },
  { id: 'settings', label: '设置', modes: ['office', 'department', 'demo'] },
];

export const screensFor = (mode: PcMode): { id: Screen; label: string }[] => ALL.filter((s) => s.modes.includes(mode));

/** Where a PC opens: the clerk on the workbench, the office on its figures. */
export const openingScreen = (mode: PcMode): Screen => (mode === 'office' ? 'dashboard' : 'workbench');
