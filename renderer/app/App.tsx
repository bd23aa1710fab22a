import { Suspense, useCallback, useEffect, useRef } from 'react';
import { DirectoryView } from '../features/directory/components/DirectoryView';
import { PlanImportView } from '../features/plan-import/components/PlanImportView';
import { usePlanImportStore } from '../features/plan-import/store';
import { RecoveryGate } from '../features/recovery/components/RecoveryGate';
import { ReviewArea } from '../features/review/components/ReviewArea';
import { SettingsView } from '../features/setup/components/SettingsView';
import { SetupGate } from '../features/setup/components/SetupGate';
import { useSetupStore } from '../features/setup/store';
import { SyncView } from '../features/sync/components/SyncView';
import { usePlanStore } from '../features/tasks/store';
import { Workbench } from '../features/workbench/components/Workbench';
import { useWorkbench } from '../features/workbench/store';
import { ClockWarning } from './ClockWarning';
import { ConfirmDialog } from './confirm';
import { AssessmentView, BulletinPage, Dashboard, NoticesPage } from './lazy-screens';
import { useNav } from './navigation';
import { PlanScreen } from './PlanScreen';
import { PlanSwitcher } from './PlanSwitcher';
import { modeOf, openingScreen, screensFor } from './screens';
import { Banners } from './Banners';

/**
 * The key the screens are mounted under: it changes when one plan replaces another (each screen starts
 * afresh on the new plan's lists), not when the first plan arrives, so a screen opened while the plan was
 * loading keeps its state and does not fetch its lists twice.
 */
const usePlanScreenKey = (planId: string | undefined): string => {
  const last = useRef<{ id: string | undefined; key: string }>({ id: undefined, key: 'plan' });
  if (planId && last.current.id && planId !== last.current.id) last.current = { id: planId, key: planId };
  else if (planId && !last.current.id) last.current = { id: planId, key: last.current.key };
  return last.current.key;
};

export const App = () => {
  const { plan, error, load, selectDepartment } = usePlanStore();
  const { screen, focus, go } = useNav();
  const screenKey = usePlanScreenKey(plan?.id);
  const mode = modeOf(useSetupStore((s) => s.status));
  const isLargeFont = useWorkbench((s) => s.settings?.isLargeFont ?? false);
  const loadSettings = useWorkbench((s) => s.loadSettings);
  // The plan loads once the first-run wizard is done; each PC opens on its own role's work (a department
  // on its unit's tasks, the office on its figures).
  const onReady = useCallback(
    (departmentId: string | null) => {
      go(openingScreen(modeOf(useSetupStore.getState().status)));
      void load().then(() => (departmentId ? selectDepartment(departmentId) : undefined));
    },
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
              {screensFor(mode).map((s) => (
                <button key={s.label} type="button" aria-pressed={screen === s.id} onClick={() => go(s.id)}>
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
          <Banners error={error} />
          {/* Keyed by plan: switching plans starts each screen afresh on the new plan's lists. */}
          <div className="app-screen" key={screenKey}>
            {screen === 'workbench' ? <Workbench mode={mode} /> : null}
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
            {screen === 'sync' ? <SyncView key="sync" initialTab={mode === 'department' ? 'export' : 'import'} /> : null}
            {screen === 'review' ? <ReviewArea planId={plan?.id} /> : null}
            {screen === 'dashboard' ? (
              <Suspense fallback={<main className="content">正在载入统计…</main>}>
                <Dashboard
                  planId={plan?.id}
                  onOpenBulletin={(periodId) => go('bulletin', { periodId })}
                  onOpenNotices={(noticeIds) => go('notices', { noticeIds })}
                  onOpenAssessment={() => go('assessment')}
                />
              </Suspense>
            ) : null}
            {screen === 'bulletin' ? (
              <Suspense fallback={<main className="content">正在载入通报…</main>}>
                <BulletinPage scope={{ planId: plan?.id, periodId: focus?.periodId }} onBack={() => go('dashboard')} />
              </Suspense>
            ) : null}
            {screen === 'notices' ? (
              <Suspense fallback={<main className="content">正在载入通知单…</main>}>
                <NoticesPage ids={focus?.noticeIds ?? []} onBack={() => go('dashboard')} />
              </Suspense>
            ) : null}
            {screen === 'assessment' ? (
              <Suspense fallback={<main className="content">正在载入考核…</main>}>
                <AssessmentView planId={plan?.id} onBack={() => go('dashboard')} />
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
