// Automatic backups before every import, and restore. Backups are SQLite files under files/backups with a
// small JSON beside each; the folder is the list (a table inside the database would vanish on restore).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.js';
import type { BackupRow } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';

const KEEP = 30;

export const backupsDir = (filesDir: string): string => join(filesDir, 'backups');

const idPattern = /^[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$/;

export const listBackups = (filesDir: string): BackupRow[] => {
  const dir = backupsDir(filesDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && idPattern.test(name.slice(0, -5)))
    .flatMap((name) => {
      const id = name.slice(0, -5);
      const dbFile = join(dir, `${id}.sqlite`);
      if (!existsSync(dbFile)) return [];
      try {
        const meta = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { createdAt?: string; reason?: string };
        return [{ id, createdAt: meta.createdAt ?? '', reason: meta.reason ?? '', sizeBytes: statSync(dbFile).size }];
      } catch {
        return [];
      }
    })
    .sort((a, b) => b.id.localeCompare(a.id));
};

/** A consistent copy through SQLite's backup API; written under a temporary name, then renamed. */
export const createBackup = async (ctx: BackendContext, reason: string): Promise<BackupRow> => {
  const dir = backupsDir(ctx.filesDir);
  mkdirSync(dir, { recursive: true });
  const now = ctx.clock();
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  // Several imports within one second still get ids that sort in the order they were made.
  const sameSecond = existsSync(dir) ? readdirSync(dir).filter((n) => n.startsWith(stamp) && n.endsWith('.json')).length : 0;
  const id = `${stamp}-${sameSecond.toString(16).padStart(2, '0')}${randomBytes(2).toString('hex')}`;
  const temp = join(dir, `${id}.sqlite.part`);
  await ctx.db.backup(temp);
  renameSync(temp, join(dir, `${id}.sqlite`));
  writeFileSync(join(dir, `${id}.json`), JSON.stringify({ createdAt: now.toISOString(), reason }));
  for (const old of listBackups(ctx.filesDir).slice(KEEP)) {
    rmSync(join(dir, `${old.id}.sqlite`), { force: true });
    rmSync(join(dir, `${old.id}.json`), { force: true });
  }
  return { id, createdAt: now.toISOString(), reason, sizeBytes: statSync(join(dir, `${id}.sqlite`)).size };
};

type TableRow = { name: string; sql: string | null };

/**
 * Restores a backup into the open database in one transaction (table by table), so every host keeps its
 * connection. The current state is backed up first, so a restore can itself be undone.
 */
export const restoreBackup = async (ctx: BackendContext, id: string): Promise<{ restored: BackupRow; safetyBackup: BackupRow }> => {
  if (!idPattern.test(id)) throw new ApiError('bad_input', `备份编号格式不对:${id}`);
  const backup = listBackups(ctx.filesDir).find((b) => b.id === id);
  if (!backup) throw new ApiError('not_found', `没有这个备份:${id}`);
  const file = join(backupsDir(ctx.filesDir), `${id}.sqlite`);
  const source = new Database(file, { readonly: true });
  let sourceMigrations: string;
  try {
    sourceMigrations = JSON.stringify(source.prepare('SELECT version FROM schema_migrations ORDER BY version').all());
  } finally {
    source.close();
  }
  const { db } = ctx;
  if (JSON.stringify(db.prepare('SELECT version FROM schema_migrations ORDER BY version').all()) !== sourceMigrations) {
    throw new ApiError('refused', '该备份由其他版本的督办生成,结构不同,不能直接恢复');
  }
  const safetyBackup = await createBackup(ctx, `恢复备份 ${id} 之前的自动备份`);
  db.prepare('ATTACH DATABASE ? AS restore_src').run(file);
  try {
    db.pragma('foreign_keys = OFF');
    db.transaction(() => {
      const tables = db.prepare("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as TableRow[];
      const virtual = tables.filter((t) => /CREATE VIRTUAL TABLE/i.test(t.sql ?? '')).map((t) => t.name);
      for (const { name } of tables) {
        // Shadow tables of full-text indexes are rebuilt through their virtual table.
        if (virtual.some((v) => name !== v && name.startsWith(`${v}_`))) continue;
        db.exec(`DELETE FROM main."${name}"`);
        if (virtual.includes(name)) {
          // Full-text rows keep their rowids: search_refs (migration 45) points at them by number.
          const columns = (db.prepare("SELECT name FROM pragma_table_info(?, 'main')").all(name) as { name: string }[]).map((c) => `"${c.name}"`).join(', ');
          db.exec(`INSERT INTO main."${name}" (rowid, ${columns}) SELECT rowid, ${columns} FROM restore_src."${name}"`);
        } else db.exec(`INSERT INTO main."${name}" SELECT * FROM restore_src."${name}"`);
      }
    })();
  } finally {
    db.pragma('foreign_keys = ON');
    db.prepare('DETACH DATABASE restore_src').run();
  }
  return { restored: backup, safetyBackup };
};
