// When a key was revoked, by this office's own sequence rather than its clock: a roll-up tells the level
// above which originals were signed by a key revoked here, and "after change N" stays true whatever the
// PC's date said. A trigger stamps it, so every path that revokes a key (revoke, re-issue) records it.
export const m057RevokedSeq = `
ALTER TABLE sync_peers ADD COLUMN revoked_seq INTEGER;
ALTER TABLE sync_peers ADD COLUMN revoked_watermark INTEGER;
CREATE TRIGGER sync_peers_revoked_seq AFTER UPDATE OF revoked_at ON sync_peers
WHEN NEW.revoked_at IS NOT NULL AND OLD.revoked_at IS NULL
BEGIN
  UPDATE sync_peers SET
    revoked_seq = (SELECT COALESCE(MAX(seq), 0) FROM change_log WHERE origin_id = (SELECT value FROM meta WHERE key = 'origin_id')),
    revoked_watermark = COALESCE((SELECT seq FROM sync_watermarks WHERE origin_id = NEW.origin_id), 0)
  WHERE origin_id = NEW.origin_id;
END;
CREATE TRIGGER sync_peers_unrevoked_seq AFTER UPDATE OF revoked_at ON sync_peers
WHEN NEW.revoked_at IS NULL AND OLD.revoked_at IS NOT NULL
BEGIN
  UPDATE sync_peers SET revoked_seq = NULL, revoked_watermark = NULL WHERE origin_id = NEW.origin_id;
END;
`;
