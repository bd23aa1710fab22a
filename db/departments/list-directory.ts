// The directory as the directory screen and `duban departments` show it: every live entry with its
// aliases, contact, group members and the groups it belongs to.
import type { DirectoryEntry } from '../../shared/api/methods/departments.js';
import { wellKnownVariants } from '../../shared/departments/well-known.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { listDepartments } from './directory.js';

type Link = { group_id: string; member_id: string; group_name: string; member_name: string };

export const listDirectory = (db: Db): DirectoryEntry[] => {
  const rows = listDepartments(db, null);
  const contacts = new Map(
    (prepared(db, 'SELECT id, contact FROM departments WHERE deleted = 0').all() as { id: string; contact: string }[]).map((r) => [r.id, r.contact]),
  );
  const links = prepared(
    db,
    `SELECT g.group_id, g.member_id, dg.name AS group_name, dm.name AS member_name
     FROM group_members g JOIN departments dg ON dg.id = g.group_id JOIN departments dm ON dm.id = g.member_id
     WHERE dg.deleted = 0 AND dm.deleted = 0 ORDER BY dm.name`,
  ).all() as Link[];
  const taken = new Set([...rows.map((r) => r.name), ...rows.flatMap((r) => r.aliases)]);
  return rows.map((row) => {
    return {
      ...row,
      contact: contacts.get(row.id) ?? '',
      members: links.filter((l) => l.group_id === row.id).map((l) => l.member_name),
      groups: links.filter((l) => l.member_id === row.id).map((l) => l.group_name),
      // A built-in spelling points here only while no entry of that exact name exists.
      builtInAliases: wellKnownVariants(row.name).filter((v) => !taken.has(v)),
    };
  });
};

export const directoryEntry = (db: Db, id: string): DirectoryEntry => {
  const entry = listDirectory(db).find((e) => e.id === id);
  if (!entry) throw new Error(`directory entry ${id} vanished`);
  return entry;
};

/** A group's members, recursively where a member is itself a group (each unit once, cycles ignored). */
export const expandGroup = (db: Db, groupId: string): string[] => {
  const seen = new Set<string>([groupId]);
  const units: string[] = [];
  const visit = (id: string): void => {
    const members = prepared(
      db,
      `SELECT d.id, d.name, d.kind FROM group_members g JOIN departments d ON d.id = g.member_id WHERE g.group_id = ? AND d.deleted = 0 ORDER BY d.name`,
    ).all(id) as { id: string; name: string; kind: string }[];
    for (const m of members) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      const hasMembers = prepared(db, 'SELECT 1 FROM group_members WHERE group_id = ?').get(m.id) !== undefined;
      if (hasMembers) visit(m.id);
      else units.push(m.name);
    }
  };
  visit(groupId);
  return units;
};
