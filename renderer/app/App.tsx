import { lazy, Suspense, useCallback, useState } from 'react';
import { DirectoryView } from '../features/directory/components/DirectoryView';
import { PlanImportView } from '../features/plan-import/components/PlanImportView';
import { RecoveryGate } from '../features/recovery/components/RecoveryGate';
import { SettingsView } from '../features/setup/components/SettingsView';
import { SetupGate } from '../features/setup/components/SetupGate';
import { SyncView } from '../features/sync/components/SyncView';
import { usePlanStore } from '../features/tasks/store';
import { Workbench } from '../features/workbench/components/Workbench';
import { PlanScreen } from './PlanScreen';

// The charting screens carry ECharts (two thirds of the JavaScript): loaded when first opened, not at start.
const Dashboard = lazy(() => import('../features/dashboard/components/Dashboard').then((m) => ({ default: m.Dashboard })));
const BulletinPage = lazy(() => import('../features/bulletin/components/BulletinPage').then((m) => ({ default: m.BulletinPage })));
const loadingScreen = <main className="content muted">正在载入…</main>;

type Screen = 'workbench' | 'plan' | 'import' | 'directory' | 'sync' | 'dashboard' | 'bulletin' | 'settings';

const SCREENS: { id: Screen; label: string }[] = [
  { id: 'workbench', label: '部门工作台' },
  { id: 'plan', label: '任务分解表' },
  { id: 'import', label: '导入规划' },
  { id: 'directory', label: '部门目录' },
  { id: 'sync', label: '数据交换' },
  { id: 'dashboard', label: '统计与通报' },
  { id: 'settings', label: '设置' },
];

export const App = () => {
  const { plan, departments, isLoading, error, load, selectDepartment } = usePlanStore();
  const [screen, setScreen] = useState<Screen>('workbench');
  const [bulletinPeriod, setBulletinPeriod] = useState<string | undefined>(undefined);
  // The plan loads once the first-run wizard is done; a department installation opens on its own tasks.
  const onReady = useCallback(
    (departmentId: string | null) =>
      void load().then(() => {
        if (!departmentId) return undefined;
        setScreen('plan');
        return selectDepartment(departmentId);
      }),
    [load, selectDepartment],
  );

  return (
    <RecoveryGate>
      <SetupGate onReady={onReady}>
        <div className="app">
          <header className="app-header">
            <h1>督办</h1>
            <div className="plan-title">{plan ? plan.title : isLoading ? '正在载入…' : '尚未导入规划'}</div>
            {plan ? <div className="plan-meta">共 {plan.taskCount} 项任务 · {departments.length} 个部门</div> : null}
            <nav className="app-nav" aria-label="功能">
              {SCREENS.map((s) => (
                <button key={s.id} type="button" aria-pressed={screen === s.id} onClick={() => setScreen(s.id)}>
                  {s.label}
                </button>
              ))}
            </nav>
          </header>
          {error ? (
            <div className="error-banner" role="alert">
              {error}
            </div>
          ) : null}
          {screen === 'workbench' ? <Workbench /> : null}
          {screen === 'plan' ? <PlanScreen /> : null}
          {screen === 'import' ? (
            <main className="content">
              <PlanImportView
                onImported={() => {
                  setScreen('plan');
                  void load();
                }}
              />
            </main>
          ) : null}
          {screen === 'directory' ? <DirectoryView /> : null}
          {screen === 'sync' ? <SyncView /> : null}
          <Suspense fallback={loadingScreen}>
            {screen === 'dashboard' ? (
              <Dashboard
                planId={plan?.id}
                onOpenBulletin={(periodId) => {
                  setBulletinPeriod(periodId);
                  setScreen('bulletin');
                }}
              />
            ) : null}
            {screen === 'bulletin' ? (
              <BulletinPage scope={{ planId: plan?.id, periodId: bulletinPeriod }} onBack={() => setScreen('dashboard')} />
            ) : null}
          </Suspense>
          {screen === 'settings' ? <SettingsView /> : null}
        </div>
      </SetupGate>
    </RecoveryGate>
  );
};
