// Sequence and version floors: after this installation is restored from an old backup, its change log and
// row versions must never go back to numbers the other side already holds with different content (the
// office would drop the new changes as "older"). New seqs start above seq_floor and new row versions above
// version_floor, so every post-restore change is news to the receiver — applied, or a conflict, never lost.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMeta, writeMeta } from '../meta.js';
import type { Db } from '../open.js';
import { SYNCED_TABLES } from '../../shared/sync/rows.js';

const SEQ_KEY = 'sync.seq_floor';
const VERSION_KEY = 'sync.version_floor';

export type Floors = { seq: number; version: number };

const numberMeta = (db: Db, key: string): number => {
  const value = Number(readMeta(db, key));
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
};

export const readFloors = (db: Db): Floors => ({ seq: numberMeta(db, SEQ_KEY), version: numberMeta(db, VERSION_KEY) });

/** Raises the floors (never lowers them). */
export const raiseFloors = (db: Db, floors: Floors): void => {
  const current = readFloors(db);
  if (floors.seq > current.seq) writeMeta(db, SEQ_KEY, String(floors.seq));
  if (floors.version > current.version) writeMeta(db, VERSION_KEY, String(floors.version));
};

/** The highest seq this origin has used or reserved (the floor counts). */
export const highestOwnSeq = (db: Db, originId: string): number =>
  Math.max((db.prepare('SELECT MAX(seq) AS seq FROM change_log WHERE origin_id = ?').get(originId) as { seq: number | null }).seq ?? 0, readFloors(db).seq);

export const maxOwnVersion = (db: Db, originId: string): number =>
  Math.max(
    readFloors(db).version,
    ...SYNCED_TABLES.map((t) => (db.prepare(`SELECT MAX(row_version) AS v FROM ${t} WHERE origin_id = ?`).get(originId) as { v: number | null }).v ?? 0),
  );

/** The version a write of this origin gives a row currently at `current` (0 for a new row). */
export const nextVersion = (db: Db, current: number): number => Math.max(current + 1, readFloors(db).version + 1);

/** Everything this installation has ever numbered: what a restored copy must stay above. */
export const floorsOf = (db: Db, originId: string): Floors => ({ seq: highestOwnSeq(db, originId), version: maxOwnVersion(db, originId) });

// The highest numbers this installation ever put in a package, kept beside the database (in its files
// folder) too: a database file copied back by hand from an old backup is caught when it is next opened.
const highWaterPath = (filesDir: string): string => join(filesDir, 'sync-high-water.json');

const readHighWater = (filesDir: string, originId: string): Floors => {
  try {
    const stored = JSON.parse(readFileSync(highWaterPath(filesDir), 'utf8')) as Partial<Floors> & { originId?: string };
    if (stored.originId !== originId) return { seq: 0, version: 0 };
    return { seq: Number(stored.seq) || 0, version: Number(stored.version) || 0 };
  } catch {
    return { seq: 0, version: 0 };
  }
};

// The same mark is kept inside the database too: a file that holds the mark the folder holds has not been
// swapped for an older copy, so opening need not find its highest numbers (MAX(row_version) over every
// synced table, a full read of reports at province scale; issue 18).
const HIGH_WATER_KEY = 'sync.high_water';

const readOwnMark = (db: Db, originId: string): Floors => {
  try {
    const mark = JSON.parse(readMeta(db, HIGH_WATER_KEY) ?? '{}') as Partial<Floors> & { originId?: string };
    if (mark.originId !== originId) return { seq: 0, version: 0 };
    return { seq: Number(mark.seq) || 0, version: Number(mark.version) || 0 };
  } catch {
    return { seq: 0, version: 0 };
  }
};

/** After an export: the numbers the other side may now hold. */
export const saveHighWater = (db: Db, filesDir: string, originId: string): void => {
  const now = floorsOf(db, originId);
  const stored = readHighWater(filesDir, originId);
  const mark = { originId, seq: Math.max(now.seq, stored.seq), version: Math.max(now.version, stored.version) };
  if (now.seq > stored.seq || now.version > stored.version) {
    if (!existsSync(filesDir)) mkdirSync(filesDir, { recursive: true });
    writeFileSync(highWaterPath(filesDir), JSON.stringify(mark));
  }
  writeMeta(db, HIGH_WATER_KEY, JSON.stringify(mark));
};

/** On open: a database behind its own high-water mark was restored by hand; raise its floors. */
export const catchUpWithHighWater = (db: Db, filesDir: string, originId: string): boolean => {
  const stored = readHighWater(filesDir, originId);
  if (stored.seq === 0 && stored.version === 0) return false; // nothing ever exported from here
  const own = readOwnMark(db, originId);
  if (own.seq >= stored.seq && own.version >= stored.version) return false; // this file made that mark
  const now = floorsOf(db, originId);
  if (stored.seq <= now.seq && stored.version <= now.version) return false;
  db.transaction(() => raiseFloors(db, stored))();
  return true;
};
