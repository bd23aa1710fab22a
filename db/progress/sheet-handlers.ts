import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { exportSheet } from './sheet-export.js';
import { importSheet, previewSheet } from './sheet-import.js';

type SheetHandlers = Pick<ApiHandlers, 'workbench.exportSheet' | 'workbench.previewSheet' | 'workbench.importSheet'>;

/** The workbench's fill-in sheet round trip: export for Excel/WPS, preview what came back, import as drafts. */
export const createSheetHandlers = (ctx: BackendContext): SheetHandlers => ({
  'workbench.exportSheet': async (arg) => exportSheet(ctx, arg),
  'workbench.previewSheet': async (arg) => previewSheet(ctx, arg),
  'workbench.importSheet': async (arg) => importSheet(ctx, arg),
});
