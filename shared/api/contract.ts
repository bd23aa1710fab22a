// The one API contract. Every host (Electron IPC, local HTTP, CLI) exposes exactly these methods,
// validates the argument with the schema here, and calls the backend made by db/createBackend.
// Add a domain by adding a file under methods/ and one line to each map below. A method's name starts
// with its file's name (methods/progress.ts declares progress.*), so the file of any method is known.
import type { z } from 'zod';
import './zod-locale.js';
import { adoptionSchemas, type AdoptionResults } from './methods/adoption.js';
import { appSchemas, type AppResults } from './methods/app.js';
import { attachmentsSchemas, type AttachmentsResults } from './methods/attachments.js';
import { columnsSchemas, type ColumnsResults } from './methods/columns.js';
import { departmentsSchemas, type DepartmentsResults } from './methods/departments.js';
import { indicatorsSchemas, type IndicatorsResults } from './methods/indicators.js';
import { plansSchemas, type PlansResults } from './methods/plans.js';
import { setupSchemas, type SetupResults } from './methods/setup.js';
import { sheetSchemas, type SheetResults } from './methods/sheet.js';
import { syncSchemas, type SyncResults } from './methods/sync.js';
import { noticesSchemas, type NoticesResults } from './methods/notices.js';
import { assessmentSchemas, type AssessmentResults } from './methods/assessment.js';
import { progressSchemas, type ProgressResults } from './methods/progress.js';
import { recoverySchemas, type RecoveryResults } from './methods/recovery.js';
import { reportsSchemas, type ReportsResults } from './methods/reports.js';
import { reviewSchemas, type ReviewResults } from './methods/review.js';
import { rollupsSchemas, type RollupsResults } from './methods/rollups.js';
import { tasksSchemas, type TasksResults } from './methods/tasks.js';
import { workbenchSchemas, type WorkbenchResults } from './methods/workbench.js';
import { lifecycleSchemas, type LifecycleResults } from './methods/lifecycle.js';

export const apiSchemas = {
  ...appSchemas,
  ...plansSchemas,
  ...tasksSchemas,
  ...columnsSchemas,
  ...departmentsSchemas,
  ...syncSchemas,
  ...workbenchSchemas,
  ...progressSchemas,
  ...attachmentsSchemas,
  ...indicatorsSchemas,
  ...sheetSchemas,
  ...adoptionSchemas,
  ...reportsSchemas,
  ...reviewSchemas,
  ...setupSchemas,
  ...recoverySchemas,
  ...rollupsSchemas,
  ...noticesSchemas,
  ...assessmentSchemas,
  ...lifecycleSchemas,
};

type ApiResults = AppResults &
  PlansResults &
  TasksResults &
  ColumnsResults &
  DepartmentsResults &
  SyncResults &
  WorkbenchResults &
  ProgressResults &
  AttachmentsResults &
  IndicatorsResults &
  SheetResults &
  AdoptionResults &
  ReportsResults &
  ReviewResults &
  SetupResults &
  RecoveryResults &
  RollupsResults &
  NoticesResults &
  AssessmentResults &
  LifecycleResults;

export type ApiMethod = keyof typeof apiSchemas & keyof ApiResults;
export type ApiArg<M extends ApiMethod> = z.input<(typeof apiSchemas)[M]>;
export type ApiParsedArg<M extends ApiMethod> = z.output<(typeof apiSchemas)[M]>;
export type ApiResult<M extends ApiMethod> = ApiResults[M];

/** What a host calls: the argument as it arrives, before validation. */
export type Api = { [M in ApiMethod]: (arg: ApiArg<M>) => Promise<ApiResult<M>> };

/** What the backend implements: the argument after the host validated it. */
export type ApiHandlers = { [M in ApiMethod]: (arg: ApiParsedArg<M>) => Promise<ApiResult<M>> };

export const apiMethods = Object.keys(apiSchemas) as ApiMethod[];

export const isApiMethod = (name: unknown): name is ApiMethod =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiSchemas, name);
