import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { exportSheet } from './sheet-export.js';
import { importSheet, previewSheet } from './sheet-import.js';

type SheetHandlers = Pick<ApiHandlers, 'sheet.export' | 'sheet.preview' | 'sheet.import'>;

/** The workbench's fill-in sheet round trip: export for Excel/WPS, preview what came back, import as drafts. */
export const createSheetHandlers = (ctx: BackendContext): SheetHandlers => ({
  'sheet.export': async (arg) => exportSheet(ctx, arg),
  'sheet.preview': async (arg) => previewSheet(ctx, arg),
  'sheet.import': async (arg) => importSheet(ctx, arg),
});
