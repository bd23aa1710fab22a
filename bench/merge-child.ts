// Child process entry: the office merges every unit's package through sync.import (verification,
// authority checks, one transaction per package), alone in its process so its peak RSS is the merge's.
import { readFileSync } from 'node:fs';
import type { MergeChildReply, MergeChildRequest } from './merge.js';
import { call, openInstallation } from './build.js';

const main = async (): Promise<void> => {
  const request = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as MergeChildRequest;
  const office = openInstallation(request.officeDbPath);
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const result = await call(office, 'sync.import', { sources: request.packagePaths.map((path) => ({ path })), trust: request.trust });
  const ms = performance.now() - started;
  office.close();
  const counts = { applied: 0, skipped: 0, conflicts: 0, refused: 0 };
  const notApplied = result.files.filter((f) => f.outcome !== 'applied').map((f) => `${f.file}: ${f.outcome} ${f.message}`);
  for (const file of result.files) for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] += file.counts[k];
  const reply: MergeChildReply = { ms, rssBeforeBytes: rssBefore, peakRssBytes: process.resourceUsage().maxRSS * 1024, counts, notApplied };
  process.stdout.write(`${JSON.stringify(reply)}\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
