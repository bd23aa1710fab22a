import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { exportUnitSheets, listAdoptionUnits } from './export.js';
import { importReturns } from './returns-import.js';
import { previewReturns } from './returns-preview.js';

type AdoptionHandlers = Pick<ApiHandlers, 'adoption.units' | 'adoption.exportSheets' | 'adoption.previewReturns' | 'adoption.importReturns'>;

/** Units without Duban: sheets out, returned files in as 代录 reports. */
export const createAdoptionHandlers = (ctx: BackendContext): AdoptionHandlers => ({
  'adoption.units': async (arg) => listAdoptionUnits(ctx, arg),
  'adoption.exportSheets': async (arg) => exportUnitSheets(ctx, arg),
  'adoption.previewReturns': async (arg) => (await previewReturns(ctx, arg)).preview,
  'adoption.importReturns': async (arg) => importReturns(ctx, arg),
});
