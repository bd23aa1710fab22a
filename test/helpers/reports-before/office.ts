// FROZEN copy of db/reports/office.ts as it was before issue 18 (main at bba7a5b): the reference the
// new reads are compared with in test/integration/reports-equivalence.test.ts. Do not edit or "fix".
// The office's own name, printed on the bulletin and the export. A local setting (meta table): the
// name belongs to this installation, not to the plan, so it never travels in a package.
import { readMeta, writeMeta } from '../../../db/meta.js';
import type { Db } from '../../../db/open.js';
import type { ReportSettings } from '../../../shared/reports/types.js';

const OFFICE_NAME_KEY = 'reports.office_name';
export const DEFAULT_OFFICE_NAME = '领导小组办公室';

export const readReportSettings = (db: Db): ReportSettings => ({
  officeName: readMeta(db, OFFICE_NAME_KEY) ?? DEFAULT_OFFICE_NAME,
});

export const writeReportSettings = (db: Db, patch: Partial<ReportSettings>): ReportSettings => {
  if (patch.officeName !== undefined) writeMeta(db, OFFICE_NAME_KEY, patch.officeName.trim());
  return readReportSettings(db);
};
