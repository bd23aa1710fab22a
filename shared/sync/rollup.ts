// What a roll-up says about itself (rollup.json, signed through the manifest like every entry): the
// period it reports, the upper office it is meant for, and every original signed by a key the lower
// office has revoked, with when, by the lower office's own sequence numbers (never its clock).
import { z } from 'zod';

const originId = z.string().regex(/^[0-9a-f]{32}$/);

export const revokedKeySchema = z.strictObject({
  originId,
  fingerprint: z.string().max(20),
  name: z.string().max(200),
  /** The lower office's own change-log sequence when it revoked the key (null: revoked before this was recorded). */
  revokedAfterSeq: z.number().int().nonnegative().nullable(),
  /** The highest of that key's changes the lower office had received when it revoked it. */
  receivedUpToSeq: z.number().int().nonnegative().nullable(),
  packageIds: z.array(z.uuid()).max(10_000),
});
export type RevokedKey = z.infer<typeof revokedKeySchema>;

export const rollupInfoSchema = z.strictObject({
  periodId: z.string().max(20),
  periodLabel: z.string().max(40),
  planTitle: z.string().max(500),
  /** The upper office as typed at the lower office: a fingerprint is checked on arrival, a name only shown. */
  toFingerprint: z.string().max(20).nullable(),
  toName: z.string().max(200).nullable(),
  revoked: z.array(revokedKeySchema).max(10_000),
});
export type RollupInfo = z.infer<typeof rollupInfoSchema>;

/** Fingerprints as read over the phone: 12 hex digits, grouped or not, any case. */
export const normalFingerprint = (typed: string): string | null => {
  const hex = typed.replace(/[\s-]/g, '').toUpperCase();
  return /^[0-9A-F]{12}$/.test(hex) ? hex.replace(/(.{4})(?=.)/g, '$1-') : null;
};

/** One verified roll-up the upper office can open, listed by sender and period. */
export type RollupViewSummary = {
  id: string;
  senderName: string;
  senderFingerprint: string;
  periodId: string;
  periodLabel: string;
  planTitle: string;
  taskCount: number;
  reportCount: number;
  innerCount: number;
  /** Display only (the lower office's clock). */
  createdAt: string;
  importedAt: string;
};
