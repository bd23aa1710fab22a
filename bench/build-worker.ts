// Child process entry: builds the units it is given (see workers.ts) and replies with what it made.
import { buildDepartment, type BuiltDepartment } from './build.js';
import { makePlanSpec } from './dataset.js';
import type { WorkerReply, WorkerRequest } from './workers.js';

process.once('message', (request: WorkerRequest) => {
  const run = async (): Promise<BuiltDepartment[]> => {
    const spec = makePlanSpec(request.scale);
    const out: BuiltDepartment[] = [];
    for (const job of request.jobs) out.push(await buildDepartment(request.root, spec, request.scale, job));
    return out;
  };
  run().then(
    (departments) => process.send?.({ ok: true, departments } satisfies WorkerReply, () => process.exit(0)),
    (error: unknown) => process.send?.({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply, () => process.exit(1)),
  );
});
