// The suite's one clock. Every backend, spawned host and CLI run in the tests takes its time from
// here, so a test means the same thing on any day it runs (test/unit/suite-clock.test.ts enforces it).
// A test may pick another fixed instant (fixedClock) to play a scenario, never the machine's clock.
export type SuiteClock = () => Date;

/** The day the suite's expectations were written for: 2026年第四季度 is the current period. */
export const SUITE_TODAY = '2026-11-22';
export const SUITE_NOW_ISO = `${SUITE_TODAY}T09:00:00+08:00`;

/** A fixed clock at one instant: tests never depend on the machine's date. */
export const fixedClock = (iso: string): SuiteClock => {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new Error(`fixedClock: not a date: ${iso}`);
  return () => new Date(at.getTime());
};

export const suiteClock: SuiteClock = fixedClock(SUITE_NOW_ISO);

/** Arguments that make a spawned host or CLI run as of the suite's day. */
export const suiteTodayArgs = (): string[] => ['--today', SUITE_TODAY];
