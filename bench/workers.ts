// Spreads the units' builds over child processes, one per core: each unit is independent (its own
// SQLite file and key), so the dataset is built in about 1/cores of the time. Children re-derive the
// plan from the seed; only the job list crosses the process boundary.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { BuiltDepartment, DepartmentJob, JobRunner } from './build.js';
import type { Scale } from './dataset.js';

export type WorkerRequest = { root: string; scale: Scale; jobs: DepartmentJob[] };
export type WorkerReply = { ok: true; departments: BuiltDepartment[] } | { ok: false; error: string };

const runChild = (script: string, request: WorkerRequest): Promise<BuiltDepartment[]> =>
  new Promise((resolve, reject) => {
    const child = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let reply: WorkerReply | undefined;
    child.on('message', (message: WorkerReply) => {
      reply = message;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (reply?.ok) resolve(reply.departments);
      else reject(new Error(`build worker failed (exit ${code}): ${reply && !reply.ok ? reply.error : 'no reply'}`));
    });
    child.send(request);
  });

export const childProcessRunner =
  (root: string, scale: Scale, processes = availableParallelism()): JobRunner =>
  async (jobs) => {
    const script = join(import.meta.dirname, 'build-worker.js');
    const shares = Array.from({ length: Math.max(1, Math.min(processes, jobs.length)) }, (_, i) => jobs.filter((_, j) => j % processes === i));
    const results = await Promise.all(shares.map((share) => runChild(script, { root, scale, jobs: share })));
    return results.flat();
  };
