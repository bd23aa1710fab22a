// Signing and checking packages with the installation's Ed25519 key (db/identity.ts keeps the pair).
import { createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { shortFingerprint } from '../../shared/sync/manifest.js';
import { originIdOf } from '../identity.js';
import { readMeta } from '../meta.js';
import type { Db } from '../open.js';

export const sha256Hex = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** The code both screens show and two people compare over the phone before a key is trusted. */
export const fingerprintOf = (publicKeyPem: string): string => shortFingerprint(sha256Hex(publicKeyPem));

export const signBytes = (db: Db, bytes: Uint8Array): Uint8Array => {
  const pem = readMeta(db, 'private_key');
  if (!pem) throw new Error('本机密钥缺失');
  return new Uint8Array(sign(null, bytes, createPrivateKey(pem)));
};

/** True only for a well-formed Ed25519 key whose signature over these exact bytes checks out. */
export const isSignatureValid = (publicKeyPem: string, bytes: Uint8Array, signature: Uint8Array): boolean => {
  try {
    const key = createPublicKey(publicKeyPem);
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, bytes, key, signature);
  } catch {
    return false;
  }
};

export { originIdOf };
