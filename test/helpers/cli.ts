// Runs the duban CLI in-process the way a script would, capturing output and exit code.
import { expect } from 'vitest';
import { runCli } from '../../hosts/cli/main.js';
import { suiteClock, type SuiteClock } from './suite-clock.js';

export type CliRun = { code: number; out: string; err: string };

/** The CLI in-process on the suite's clock (or another fixed one a scenario picks). */
export const hostsCliForTests = (clock: SuiteClock = suiteClock) => {
  const run = async (argv: string[]): Promise<CliRun> => {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s), clock });
    return { code, out, err };
  };
  const ok = async (argv: string[]): Promise<CliRun> => {
    const result = await run(argv);
    expect(result.code, `${argv.join(' ')}\n${result.err}\n${result.out}`).toBe(0);
    return result;
  };
  const json = async <T>(argv: string[]): Promise<{ json: T; run: CliRun }> => {
    const result = await ok([...argv, '--json']);
    return { json: JSON.parse(result.out) as T, run: result };
  };
  return { run, ok, json };
};
