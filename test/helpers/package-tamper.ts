// Damaging and forging packages the ways a stick, a careless copy or an attacker would.
import { createHash, createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import Database from 'better-sqlite3';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

export const unpack = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);

export const privateKeyOf = (dbPath: string): string => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare("SELECT value FROM meta WHERE key = 'private_key'").get() as { value: string }).value;
  } finally {
    db.close();
  }
};

export const attackerKey = (): { publicKeyPem: string; privateKeyPem: string } => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
};

type Manifest = Record<string, unknown> & { entries: { path: string; size: number; sha256: string; records: number }[] };

/** Rewrites a package: edit entries and manifest, recompute the listed hashes, sign with the given key. */
export const repack = (
  bytes: Uint8Array,
  privateKeyPem: string,
  edit: (files: Record<string, Uint8Array>, manifest: Manifest) => void,
  options: { isRehashed?: boolean } = {},
): Uint8Array => {
  const files = unpack(bytes);
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest;
  delete files['manifest.json'];
  delete files['manifest.sig'];
  edit(files, manifest);
  if (options.isRehashed !== false) {
    manifest.entries = Object.entries(files).map(([path, content]) => ({
      path,
      size: content.length,
      sha256: sha256(content),
      records: path === 'changes.ndjson' ? new TextDecoder().decode(content).split('\n').filter(Boolean).length : 1,
    }));
  }
  const manifestBytes = strToU8(JSON.stringify(manifest, null, 1));
  const zippable: Zippable = {
    'manifest.json': manifestBytes,
    'manifest.sig': new Uint8Array(sign(null, manifestBytes, createPrivateKey(privateKeyPem))),
  };
  for (const [path, content] of Object.entries(files)) zippable[path] = content;
  return zipSync(zippable, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
};

/** Renames every occurrence of one entry name (local header and directory) to another of equal length. */
export const renameEntryBytes = (bytes: Uint8Array, from: string, to: string): Uint8Array => {
  const out = Buffer.from(bytes);
  const a = Buffer.from(from);
  const b = Buffer.from(to);
  if (a.length !== b.length) throw new Error('names must have equal length');
  let at = out.indexOf(a);
  while (at >= 0) {
    b.copy(out, at);
    at = out.indexOf(a, at + 1);
  }
  return new Uint8Array(out);
};

/** A seeded PRNG (mulberry32): the same seed gives the same "random" test every run. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
