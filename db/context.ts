import type { Identity } from './identity.js';
import type { Db } from './open.js';

export type Clock = () => Date;

/** What every domain's handlers get: the open database, this installation's identity, injected time and files. */
export type BackendContext = {
  db: Db;
  identity: Identity;
  clock: Clock;
  dbPath: string;
  filesDir: string;
  version: string;
  /** The folder of the embedded demo plan, when the host ships it (the first-run wizard offers it). */
  seedsDir?: string;
};
