// Which screen shows, in one small store, so a link on one screen can open another (a returned report
// in the department's banner opens the workbench on that task; a group's warning opens the directory).
import { create } from 'zustand';

export type Screen = 'workbench' | 'plan' | 'import' | 'directory' | 'sync' | 'review' | 'dashboard' | 'bulletin' | 'notices' | 'assessment' | 'settings';

/** What the opened screen should show first: a task's report, a directory entry. */
export type Focus = { taskId?: string; periodId?: string; departmentId?: string; noticeIds?: string[] } | null;

type NavState = {
  screen: Screen;
  focus: Focus;
  go: (screen: Screen, focus?: Focus) => void;
  /** The screen takes the focus once it has acted on it. */
  takeFocus: () => Focus;
};

export const useNav = create<NavState>((set, get) => ({
  screen: 'workbench',
  focus: null,
  go: (screen, focus = null) => set({ screen, focus }),
  takeFocus: () => {
    const focus = get().focus;
    if (focus) set({ focus: null });
    return focus;
  },
}));
