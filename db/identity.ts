// The installation's identity: an Ed25519 key pair made on first open. The private key never leaves
// this database file; origin_id (first 32 hex of sha256 of the public key) names this PC's writes.
import { createHash, generateKeyPairSync } from 'node:crypto';
import type { Db } from './open.js';
import { readMeta, writeMeta } from './meta.js';

export type Identity = { originId: string; publicKeyPem: string; role: 'office' | 'department' };

export const originIdOf = (publicKeyPem: string): string =>
  createHash('sha256').update(publicKeyPem).digest('hex').slice(0, 32);

export const ensureIdentity = (db: Db, role: Identity['role'] = 'office'): Identity => {
  const existing = readMeta(db, 'public_key');
  if (existing) {
    const storedRole = readMeta(db, 'role') === 'department' ? 'department' : 'office';
    return { originId: originIdOf(existing), publicKeyPem: existing, role: storedRole };
  }
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  db.transaction(() => {
    writeMeta(db, 'public_key', publicKeyPem);
    writeMeta(db, 'private_key', privateKeyPem);
    writeMeta(db, 'origin_id', originIdOf(publicKeyPem));
    writeMeta(db, 'role', role);
  })();
  return { originId: originIdOf(publicKeyPem), publicKeyPem, role };
};
