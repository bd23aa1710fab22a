// CLI start: `duban --help` (module loading only: no database is opened) against `node -e 0`, run
// alternately as separate processes.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from './stats.js';

const cli = join(import.meta.dirname, '..', 'hosts', 'cli.js');

const run = (args: string[]): number => {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}`);
  return performance.now() - started;
};

export const measureCliStart = (rounds = 11): { helpMs: number; nodeMs: number } => {
  const help: number[] = [];
  const node: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    help.push(run([cli, '--help']));
    node.push(run(['-e', '0']));
  }
  return { helpMs: median(help), nodeMs: median(node) };
};
