// The report of a file before anything is known of it: the backend fills it in as it checks and applies
// the file; the screen shows it as it stands when the call itself failed (refusalCode then says why).
import type { RefusalCode } from './reasons.js';
import type { ImportFileReport } from './types.js';

export const emptyImportReport = (file: string, refusalCode: RefusalCode | null = null): ImportFileReport => ({
  file,
  packageId: null,
  kind: null,
  sender: null,
  outcome: 'rejected',
  message: '',
  refusalCode,
  seqFrom: null,
  seqTo: null,
  missing: null,
  counts: { applied: 0, skipped: 0, conflicts: 0, refused: 0 },
  refusedChanges: [],
  inner: [],
  massChange: null,
  addressedTo: null,
});
