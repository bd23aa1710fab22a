import { Suspense, useCallback, useState } from 'react';
import { DirectoryView } from '../features/directory/components/DirectoryView';
import { PlanImportView } from '../features/plan-import/components/PlanImportView';
import { RecoveryGate } from '../features/recovery/components/RecoveryGate';
import { SettingsView } from '../features/setup/components/SettingsView';
import { SetupGate } from '../features/setup/components/SetupGate';
import { useSetupStore } from '../features/setup/store';
import { SyncView } from '../features/sync/components/SyncView';
import { usePlanStore } from '../features/tasks/store';
import { Workbench } from '../features/workbench/components/Workbench';
import { ClockWarning } from './ClockWarning';
import { BulletinPage, Dashboard } from './lazy-screens';
import { PlanScreen } from './PlanScreen';
import { modeOf, openingScreen, screensFor, type Screen } from './screens';


export const App = () => {
  const { plan, departments, isLoading, error, load, selectDepartment } = usePlanStore();
  const setupStatus = useSetupStore((s) => s.status);
  const mode = modeOf(setupStatus);
  const [screen, setScreen] = useState<Screen>('workbench');
  const [bulletinPeriod, setBulletinPeriod] = useState<string | undefined>(undefined);
  // The plan loads once the first-run wizard is done; each PC opens on its own role's work.
  const onReady = useCallback(
    (departmentId: string | null) => {
      setScreen(openingScreen(modeOf(useSetupStore.getState().status)));
      void load().then(() => (departmentId ? selectDepartment(departmentId) : undefined));
    },
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
              {screensFor(mode).map((s) => (
                <button key={s.label} type="button" aria-pressed={screen === s.id} onClick={() => setScreen(s.id)}>
                  {s.label}
                </button>
              ))}
            </nav>
          </header>
          {mode === 'demo' ? (
            <div className="demo-banner" role="note">
              示范模式:这是内置的示范规划,牵头办公室和部门的功能都可以试用。正式使用请在新的数据文件夹中按首次使用向导选择牵头办公室或部门。
            </div>
          ) : null}
          <ClockWarning />
          {error ? (
            <div className="error-banner" role="alert">
              {error}
            </div>
          ) : null}
          {screen === 'workbench' ? <Workbench mode={mode} /> : null}
          {screen === 'review' ? <SyncView key="review" initialTab="review" /> : null}
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
          {screen === 'sync' ? <SyncView key="sync" initialTab={mode === 'department' ? 'export' : 'import'} /> : null}
          {screen === 'dashboard' ? (
            <Suspense fallback={<main className="content">正在载入统计…</main>}>
              <Dashboard
                planId={plan?.id}
                onOpenBulletin={(periodId) => {
                  setBulletinPeriod(periodId);
                  setScreen('bulletin');
                }}
              />
            </Suspense>
          ) : null}
          {screen === 'bulletin' ? (
            <Suspense fallback={<main className="content">正在载入通报…</main>}>
              <BulletinPage scope={{ planId: plan?.id, periodId: bulletinPeriod }} onBack={() => setScreen('dashboard')} />
            </Suspense>
          ) : null}
          {screen === 'settings' ? <SettingsView /> : null}
        </div>
      </SetupGate>
    </RecoveryGate>
  );
};
