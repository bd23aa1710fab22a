// Numbered migrations, listed and applied in ascending order, each in its own transaction. A new
// migration takes a number above every migration a release has shipped, so upgraded and fresh databases
// run them in the same order (test/integration/migration-upgrade.test.ts checks both against databases
// the landed releases wrote).
import { m001Core } from './m001_core.js';
import { m002Progress } from './m002_progress.js';
import { m010PlanImport } from './m010_plan_import.js';
import { m011DepartmentDirectory } from './m011_department_directory.js';
import { m012GroupAssignments } from './m012_group_assignments.js';
import { m030Sync } from './m030_sync.js';
import { m045SearchRefs } from './m045_search_refs.js';
import { m046SearchByTask } from './m046_search_by_task.js';
import { m063TaskChildren } from './m063_task_children.js';
import { m064ReportsDone } from './m064_reports_done.js';
import { m020WorkbenchSettings } from './m020_workbench_settings.js';
import { m021ProgressSearch } from './m021_progress_search.js';
import { m031SyncDecisions } from './m031_sync_decisions.js';
import { m053SyncLineage } from './m053_sync_lineage.js';
import { m057RevokedSeq } from './m057_revoked_seq.js';
import { m058RollupViews } from './m058_rollup_views.js';
import { m067ProxyReports } from './m067_proxy_reports.js';
import { m070Lifecycle } from './m070_lifecycle.js';
import { m072Notices } from './m072_notices.js';
import { m073AssessmentRules } from './m073_assessment_rules.js';
import { m074PlanColumns } from './m074_plan_columns.js';
import { m075TaskValues } from './m075_task_values.js';
import { m078ReportsPeriodFigures } from './m078_reports_period_figures.js';
import { m079IndicatorReference } from './m079_indicator_reference.js';
import { m081ReportsPairLatest } from './m081_reports_pair_latest.js';
import { m082IndicatorAdvocated } from './m082_indicator_advocated.js';

export type Migration = { version: number; name: string; sql: string };

export const migrations: Migration[] = [
  { version: 1, name: 'core', sql: m001Core },
  { version: 2, name: 'progress', sql: m002Progress },
  { version: 10, name: 'plan_import', sql: m010PlanImport },
  { version: 11, name: 'department_directory', sql: m011DepartmentDirectory },
  { version: 12, name: 'group_assignments', sql: m012GroupAssignments },
  { version: 20, name: 'workbench_settings', sql: m020WorkbenchSettings },
  { version: 21, name: 'progress_search', sql: m021ProgressSearch },
  { version: 30, name: 'sync', sql: m030Sync },
  { version: 31, name: 'sync_decisions', sql: m031SyncDecisions },
  { version: 45, name: 'search_refs', sql: m045SearchRefs },
  { version: 46, name: 'search_by_task', sql: m046SearchByTask },
  { version: 53, name: 'sync_lineage', sql: m053SyncLineage },
  { version: 57, name: 'revoked_seq', sql: m057RevokedSeq },
  { version: 58, name: 'rollup_views', sql: m058RollupViews },
  { version: 63, name: 'task_children', sql: m063TaskChildren },
  { version: 64, name: 'reports_done', sql: m064ReportsDone },
  { version: 67, name: 'proxy_reports', sql: m067ProxyReports },
  { version: 70, name: 'lifecycle', sql: m070Lifecycle },
  { version: 72, name: 'notices', sql: m072Notices },
  { version: 73, name: 'assessment_rules', sql: m073AssessmentRules },
  { version: 74, name: 'plan_columns', sql: m074PlanColumns },
  { version: 75, name: 'task_values', sql: m075TaskValues },
  { version: 78, name: 'reports_period_figures', sql: m078ReportsPeriodFigures },
  { version: 79, name: 'indicator_reference', sql: m079IndicatorReference },
  { version: 81, name: 'reports_pair_latest', sql: m081ReportsPairLatest },
  { version: 82, name: 'indicator_advocated', sql: m082IndicatorAdvocated },
];
