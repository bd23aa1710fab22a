import { Suspense, useCallback, useEffect } from 'react';
import { DirectoryView } from '../features/directory/components/DirectoryView';
import { PlanImportView } from '../features/plan-import/components/PlanImportView';
import { usePlanImportStore } from '../features/plan-import/store';
import { RecoveryGate } from '../features/recovery/components/RecoveryGate';
import { ReviewWorkspace } from '../features/review/components/ReviewWorkspace';
import { SettingsView } from '../features/setup/components/SettingsView';
import { SetupGate } from '../features/setup/components/SetupGate';
import { SyncView } from '../features/sync/components/SyncView';
import { usePlanStore } from '../features/tasks/store';
import { Workbench } from '../features/workbench/components/Workbench';
import { useWorkbench } from '../features/workbench/store';
import { ClockWarning } from './ClockWarning';
import { ConfirmDialog } from './confirm';
import { BulletinPage, Dashboard } from './lazy-screens';
import { useNav, type Screen } from './navigation';
import { PlanScreen } from './PlanScreen';
import { PlanSwitcher } from './PlanSwitcher';

const SCREENS: { id: Screen; label: string }[] = [
  { id: 'workbench', label: '部门工作台' },
  { id: 'plan', label: '任务分解表' },
  { id: 'import', label: '导入规划' },
  { id: 'directory', label: '部门目录' },
  { id: 'sync', label: '数据交换' },
  { id: 'review', label: '审核' },
  { id: 'dashboard', label: '统计与通报' },
  { id: 'settings', label: '设置' },
];

export const App = () => {
  const { plan, error, load, selectDepartment } = usePlanStore();
  const { screen, focus, go } = useNav();
  const isLargeFont = useWorkbench((s) => s.settings?.isLargeFont ?? false);
  const loadSettings = useWorkbench((s) => s.loadSettings);
  // The plan loads once the first-run wizard is done; a department installation opens on its own tasks.
  const onReady = useCallback(
    (departmentId: string | null) =>
      void load().then(() => {
        if (!departmentId) return undefined;
        go('plan');
        return selectDepartment(departmentId);
      }),
    [load, selectDepartment, go],
  );
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);
  // A plan just imported (or revised) becomes the plan shown, header and lists alike.
  const importedPlanId = usePlanImportStore((s) => s.result?.planId);
  useEffect(() => {
    if (importedPlanId) void load(importedPlanId);
  }, [importedPlanId, load]);

  return (
    <RecoveryGate>
      <SetupGate onReady={onReady}>
        <div className={`app ${isLargeFont ? 'large-font' : ''}`}>
          <header className="app-header">
            <h1>督办</h1>
            <PlanSwitcher />
            <nav className="app-nav" aria-label="功能">
              {SCREENS.map((s) => (
                <button key={s.id} type="button" aria-pressed={screen === s.id} onClick={() => go(s.id)}>
                  {s.label}
                </button>
              ))}
            </nav>
          </header>
          <ClockWarning />
          {error ? (
            <div className="error-banner" role="alert">
              {error}
            </div>
          ) : null}
          {/* Keyed by plan: switching plans starts each screen afresh on the new plan's lists. */}
          <div className="app-screen" key={plan?.id ?? 'none'}>
            {screen === 'workbench' ? <Workbench /> : null}
            {screen === 'plan' ? <PlanScreen /> : null}
            {screen === 'import' ? (
              <main className="content">
                <PlanImportView
                  onImported={(planId) => {
                    // A newly imported plan opens at once; a revision reloads the one shown.
                    void load(planId).then(() => go('plan'));
                  }}
                />
              </main>
            ) : null}
            {screen === 'directory' ? <DirectoryView /> : null}
            {screen === 'sync' ? <SyncView /> : null}
            {screen === 'review' ? <ReviewWorkspace planId={plan?.id} /> : null}
            {screen === 'dashboard' ? (
              <Suspense fallback={<main className="content">正在载入统计…</main>}>
                <Dashboard planId={plan?.id} onOpenBulletin={(periodId) => go('bulletin', { periodId })} />
              </Suspense>
            ) : null}
            {screen === 'bulletin' ? (
              <Suspense fallback={<main className="content">正在载入通报…</main>}>
                <BulletinPage scope={{ planId: plan?.id, periodId: focus?.periodId }} onBack={() => go('dashboard')} />
              </Suspense>
            ) : null}
            {screen === 'settings' ? <SettingsView /> : null}
          </div>
          <ConfirmDialog />
        </div>
      </SetupGate>
    </RecoveryGate>
  );
};
