// The machine a run came from: figures mean little without it.
import { cpus, totalmem } from 'node:os';
import { availableParallelism } from 'node:os';
import Database from 'better-sqlite3';

export type Machine = { cpu: string; cores: number; memoryGb: number; node: string; sqlite: string; platform: string };

export const describeMachine = (): Machine => {
  const db = new Database(':memory:');
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  db.close();
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    sqlite,
    platform: `${process.platform} ${process.arch}`,
  };
};
