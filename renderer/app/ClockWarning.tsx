// Says so at the top of every screen when the PC's date looks wrong (shared/app/clock-check.ts): the
// current period, deadlines and lights all follow that date.
import { useEffect, useState } from 'react';
import type { ClockCheck } from '../../shared/domain/types';
import { errorMessage, invoke } from '../api/client';

export const ClockWarning = () => {
  const [check, setCheck] = useState<ClockCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    invoke('app.clockCheck', {})
      .then((result) => {
        if (isCurrent) setCheck(result);
      })
      .catch(() => undefined); // a database in recovery answers elsewhere; the date check can wait
    return () => {
      isCurrent = false;
    };
  }, []);
  if (check?.problem == null && !check?.aheadOfUs) return null;
  const accept = (): void => {
    invoke('app.acceptClock', {})
      .then(setCheck)
      .catch((e: unknown) => setError(errorMessage(e)));
  };
  return (
    <div className="clock-warning" role="alert">
      {check.problem ? <span>{check.problem}</span> : null}
      {check.aheadOfUs ? <span>{check.aheadOfUs}</span> : null}
      {check.problem && check.canAccept ? (
        <button type="button" className="btn btn-plain" onClick={accept}>
          日期无误,不再提示
        </button>
      ) : null}
      {error ? <span className="clock-warning-error">{error}</span> : null}
    </div>
  );
};
