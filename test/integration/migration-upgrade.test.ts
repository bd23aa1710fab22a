// Migrations run in one order, by number, and a database written by any earlier release upgrades to the
// same schema a fresh one gets, keeping every row (issue 19). The fixtures are real files written by the
// landed releases' own code (test/fixtures/releases/README.md).
import Database from 'better-sqlite3';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend.js';
import { migrations } from '../../db/migrations/index.js';
import { suiteClock } from '../helpers/suite-clock.js';
import { makeTempDir, repoRoot } from '../helpers/temp-backend.js';

const fixturesDir = join(repoRoot, 'test', 'fixtures', 'releases');
const releases = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
/** Migration 12 shipped after 20–31 (released in r2 while r1 already had 30 and 31); proven to commute below. */
const GRANDFATHERED = new Set([12]);

type SchemaRow = { type: string; name: string; tbl_name: string; sql: string | null };

const schemaOf = (path: string): SchemaRow[] => {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db
      .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all() as SchemaRow[];
    return rows.map((r) => ({ ...r, sql: r.sql?.replace(/\s+/g, ' ').trim() ?? null }));
  } finally {
    db.close();
  }
};

const appliedOf = (path: string): number[] => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
  } finally {
    db.close();
  }
};

/** Every row of each given table, as JSON lines. */
const rowsOf = (path: string, tables: string[]): Map<string, string[]> => {
  const db = new Database(path, { readonly: true });
  try {
    return new Map(
      tables.map((table) => {
        const columns = (db.prepare(`PRAGMA table_info(${JSON.stringify(table)})`).all() as { name: string }[]).map((c) => c.name);
        const rows = db.prepare(`SELECT ${columns.map((c) => JSON.stringify(c)).join(', ')} FROM ${JSON.stringify(table)}`).all();
        return [table, rows.map((r) => JSON.stringify(r)).sort()];
      }),
    );
  } finally {
    db.close();
  }
};

const plainTables = (path: string): string[] =>
  schemaOf(path)
    // The full-text index and its helper tables are derived from the rows and rebuilt by migrations 45–46
    // (test/integration/search-refs.test.ts checks that search still finds the same tasks after it).
    .filter((r) => r.type === 'table' && !/VIRTUAL TABLE/i.test(r.sql ?? '') && !/search/.test(r.name))
    .map((r) => r.name);

describe('one migration order, and every earlier release upgrades to the fresh schema', () => {
  const tmp = makeTempDir('duban-migrations-');
  afterAll(() => tmp.cleanup());

  const freshPath = join(tmp.dir, 'fresh.sqlite');
  createBackend({ dbPath: freshPath, clock: suiteClock }).close();
  const fresh = schemaOf(freshPath);

  it('has fixtures of the landed releases', () => {
    expect(releases.length).toBeGreaterThanOrEqual(2);
  });

  it('registers every migration file in db/migrations', () => {
    const files = readdirSync(join(repoRoot, 'db', 'migrations')).filter((f) => /^m\d{3}_.+\.ts$/.test(f));
    const numbers = files.map((f) => Number(f.slice(1, 4))).sort((a, b) => a - b);
    expect(migrations.map((m) => m.version)).toEqual(numbers);
  });

  it('lists migrations once each, in ascending order', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  });

  it('numbers every migration a release did not have above everything that release had', () => {
    for (const release of releases) {
      const applied = appliedOf(join(fixturesDir, release, 'office.sqlite'));
      const highest = Math.max(...applied);
      const late = migrations.map((m) => m.version).filter((v) => !applied.includes(v) && v < highest && !GRANDFATHERED.has(v));
      expect(late, `${release}: migrations numbered below ${highest} that it never ran`).toEqual([]);
    }
  });

  for (const release of releases) {
    for (const role of ['office', 'department']) {
      it(`${release} ${role}: upgraded, it has the fresh schema and keeps every row`, () => {
        const path = join(tmp.dir, `${release}-${role}.sqlite`);
        copyFileSync(join(fixturesDir, release, `${role}.sqlite`), path);
        const tables = plainTables(path).filter((t) => t !== 'schema_migrations');
        const before = rowsOf(path, tables);
        createBackend({ dbPath: path, clock: suiteClock, isDailyBackup: false }).close();
        expect(schemaOf(path)).toEqual(fresh);
        expect(appliedOf(path)).toEqual(migrations.map((m) => m.version));
        const after = rowsOf(path, tables);
        for (const table of tables) {
          // New columns may be added to old rows; what the release wrote is still there, value for value.
          const kept = (after.get(table) ?? []).map((line) => JSON.parse(line) as Record<string, unknown>);
          for (const line of before.get(table) ?? []) {
            const old = JSON.parse(line) as Record<string, unknown>;
            const match = kept.some((row) => Object.entries(old).every(([k, v]) => JSON.stringify(row[k]) === JSON.stringify(v)));
            expect(match, `${release} ${role}: a row of ${table} changed or vanished: ${line.slice(0, 200)}`).toBe(true);
          }
          expect(kept.length, `${release} ${role}: ${table} lost rows`).toBeGreaterThanOrEqual((before.get(table) ?? []).length);
        }
      });
    }
  }
});
