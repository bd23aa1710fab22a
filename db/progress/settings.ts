// The workbench's local settings, stored as overrides of built-in defaults (progress_settings).
import { DEFAULT_THRESHOLDS } from '../../shared/progress/lights.js';
import { DEFAULT_DUE_OFFSET_DAYS } from '../../shared/progress/periods.js';
import type { WorkbenchSettings } from '../../shared/progress/types.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';

/** 20 MB: a scanned document or a few photos; large enough for evidence, small enough for a USB package. */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** What evidence usually is in a Chinese office: documents (incl. WPS and OFD), sheets, images, archives. */
export const ATTACHMENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  wps: 'application/vnd.ms-works',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  et: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  txt: 'text/plain',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  bmp: 'image/bmp',
  zip: 'application/zip',
};

const read = (db: Db): Map<string, string> =>
  new Map((prepared(db, 'SELECT key, value FROM progress_settings').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));

const intOr = (value: string | undefined, fallback: number): number => {
  const n = value === undefined ? NaN : Number(value);
  return Number.isInteger(n) ? n : fallback;
};

export const readSettings = (db: Db): WorkbenchSettings => {
  const s = read(db);
  return {
    departmentId: s.get('department_id') ?? null,
    isLargeFont: s.get('large_font') === '1',
    thresholds: {
      yellowLag: intOr(s.get('light.yellow_lag'), DEFAULT_THRESHOLDS.yellowLag),
      redLag: intOr(s.get('light.red_lag'), DEFAULT_THRESHOLDS.redLag),
      nearDays: intOr(s.get('light.near_days'), DEFAULT_THRESHOLDS.nearDays),
    },
    dueOffsetDays: intOr(s.get('period.due_offset_days'), DEFAULT_DUE_OFFSET_DAYS),
    maxAttachmentBytes: intOr(s.get('attachment.max_bytes'), DEFAULT_MAX_ATTACHMENT_BYTES),
    attachmentTypes: Object.keys(ATTACHMENT_TYPES),
  };
};

export type SettingsPatch = {
  departmentId?: string | null;
  isLargeFont?: boolean;
  thresholds?: WorkbenchSettings['thresholds'];
  dueOffsetDays?: number;
  maxAttachmentBytes?: number;
};

const put = (db: Db, key: string, value: string | null): void => {
  if (value === null) prepared(db, 'DELETE FROM progress_settings WHERE key = ?').run(key);
  else
    prepared(db, 'INSERT INTO progress_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
      key,
      value,
    );
};

export const writeSettings = (db: Db, patch: SettingsPatch): void => {
  db.transaction(() => {
    if (patch.departmentId !== undefined) put(db, 'department_id', patch.departmentId);
    if (patch.isLargeFont !== undefined) put(db, 'large_font', patch.isLargeFont ? '1' : '0');
    if (patch.thresholds) {
      put(db, 'light.yellow_lag', String(patch.thresholds.yellowLag));
      put(db, 'light.red_lag', String(patch.thresholds.redLag));
      put(db, 'light.near_days', String(patch.thresholds.nearDays));
    }
    if (patch.dueOffsetDays !== undefined) put(db, 'period.due_offset_days', String(patch.dueOffsetDays));
    if (patch.maxAttachmentBytes !== undefined) put(db, 'attachment.max_bytes', String(patch.maxAttachmentBytes));
  })();
};
