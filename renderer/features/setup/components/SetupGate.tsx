import { useEffect, useRef, type ReactNode } from 'react';
import { onOpenPackage } from '../../../api/desktop';
import { useSetupStore } from '../store';
import { FirstRunWizard } from './FirstRunWizard';

/**
 * Shows the first-run wizard until this installation is set up, then the app. A .duban package
 * double-clicked on first run (the desktop shell's file association) opens the department path with it.
 */
export const SetupGate = ({ children, onReady }: { children: ReactNode; onReady: (departmentId: string | null) => void }) => {
  const { status, error, refresh, chooseDepartment, openPackage } = useSetupStore();
  const isPending = status?.isPending === true;

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Once, when the gate opens: later status refreshes (the settings view) must not reselect anything.
  const hasOpened = useRef(false);
  useEffect(() => {
    if (status === null || isPending || hasOpened.current) return;
    hasOpened.current = true;
    onReady(status.departmentId);
  }, [status, isPending, onReady]);

  useEffect(() => {
    if (!isPending) return undefined;
    return onOpenPackage((event) => {
      void chooseDepartment().then(async (isDepartment) => {
        if (isDepartment) await openPackage({ path: event.path });
      });
    });
  }, [isPending, chooseDepartment, openPackage]);

  if (status === null)
    return (
      <div className="setup-loading" role={error ? 'alert' : 'status'}>
        {error ?? '正在启动…'}
      </div>
    );
  return isPending ? <FirstRunWizard /> : <>{children}</>;
};
