// The `duban` command line: the same API methods as the app, for scripted and headless use.
// Exit codes: 0 done, 2 the input was refused (message says why), 1 internal error.
import { parseArgs } from 'node:util';
import type { ApiHandlers, ApiMethod } from '../../shared/api/contract.js';
import { ApiError, isCallerFault, toApiError } from '../../shared/api/errors.js';
import type { Clock } from '../../db/backend.js';
import { clockForToday } from '../today-clock.js';
import type { CliCall, CliCommand } from './command.js';
import { departmentsCommand } from './commands/departments.js';
import { importPlanCommand } from './commands/import-plan.js';
import { infoCommand } from './commands/info.js';
import { periodCommand } from './commands/period.js';
import { reportCommand } from './commands/report.js';
import { mytasksCommand } from './commands/mytasks.js';
import { plansCommand } from './commands/plans.js';
import { backupsCommand, conflictsCommand, reviewCommand } from './commands/sync-review.js';
import { initCommand, peersCommand, setupPackageCommand } from './commands/sync-setup.js';
import { exportCommand, importCommand, rollupCommand, syncSettingsCommand } from './commands/sync-transfer.js';
import { bulletinCommand, exportXlsxCommand, summaryCommand } from './commands/reports.js';
import { recoverCommand } from './commands/recover.js';
import { rollupsCommand, rollupViewCommand } from './commands/rollups.js';
import { sheetCommand } from './commands/sheet.js';
import { tasksCommand } from './commands/tasks.js';

export const commands: CliCommand[] = [
  tasksCommand,
  departmentsCommand,
  plansCommand,
  importPlanCommand,
  infoCommand,
  recoverCommand,
  mytasksCommand,
  sheetCommand,
  reportCommand,
  periodCommand,
  ...[initCommand, setupPackageCommand, exportCommand, importCommand, reviewCommand, conflictsCommand, rollupCommand, backupsCommand, peersCommand, syncSettingsCommand],
  ...[summaryCommand, exportXlsxCommand, bulletinCommand],
  ...[rollupsCommand, rollupViewCommand],
];

const COMMON_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  'no-demo': { type: 'boolean' },
  today: { type: 'string' },
} as const;

/** clock: the time the backend runs on (tests pass their suite clock); otherwise --today, else the PC's. */
export type CliIo = { out: (text: string) => void; err: (text: string) => void; clock?: Clock };

const helpText = (): string =>
  [
    '督办命令行 duban',
    '',
    '用法:duban <命令> [选项]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(12)}${c.summary}\n  ${' '.repeat(12)}${c.usage}`),
    '',
    '通用选项:',
    '  --db PATH     使用指定的数据库文件(默认为本机用户数据目录中的数据库)',
    '  --json        以 JSON 输出,便于脚本处理',
    '  --no-demo     数据库为空时不载入内置示范规划',
    '  --today DATE  以指定日期(年-月-日)作为今天运行,用于演示和测试',
    '',
    '退出码:0 成功;2 输入有误或被拒绝;1 内部错误',
  ].join('\n');

/** The screens say where to click; at a terminal the same problem names the command that mends it. */
const cliHint = (error: ApiError): string => {
  const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as Record<string, unknown>;
  if (details.startupProblem === 'damaged') return '(命令行:duban recover)';
  if (details.hasRollups === true) return '(命令行:duban rollups、duban summary --rollup 上报单位)';
  return '';
};

export const runCli = async (argv: string[], io: CliIo): Promise<number> => {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(helpText());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  let backend: { handlers: ApiHandlers; runMaintenance?: () => Promise<{ problem: string | null } | null>; close(): void } | undefined;
  let isJson = rest.includes('--json');
  try {
    if (!command) throw new ApiError('bad_input', `没有这个命令:${name}。运行 duban --help 查看全部命令。`);
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: rest, options: { ...COMMON_OPTIONS, ...command.options }, strict: true, allowPositionals: true });
    } catch (error) {
      throw new ApiError('bad_input', `参数有误:${error instanceof Error ? error.message : String(error)}\n用法:${command.usage}`);
    }
    const values = parsed.values as Record<string, string | boolean | undefined>;
    isJson = values.json === true;
    if (values.help === true) {
      io.out(`${command.summary}\n用法:${command.usage}`);
      return 0;
    }
    const dbPath = typeof values.db === 'string' ? values.db : undefined;
    const clock = io.clock ?? (typeof values.today === 'string' ? clockForToday(values.today) : undefined);
    const call: CliCall = async (method, arg) => {
      const isMemoryOnly = dbPath === undefined && command.isMemoryOnly?.(values) === true;
      // A damaged database still opens in recovery: `duban recover` works, other commands say what to do.
      // Loaded on first use, not at start: `duban --help` and refused arguments never load the backend,
      // the API schemas, ExcelJS or the department matcher (issue 18: --help took 10× `node -e 0`).
      const [{ openMemoryBackend, openRecoverableBackend }, { dispatch }] = await Promise.all([
        import('../open-backend.js'),
        import('../../shared/api/validate.js'),
      ]);
      if (!backend) {
        if (isMemoryOnly) {
          const memory = openMemoryBackend(clock);
          backend = { handlers: memory, close: () => memory.close() };
        } else backend = openRecoverableBackend({ dbPath, clock, withDemo: values['no-demo'] !== true && command.isWithoutDemo !== true });
      }
      return (await dispatch(backend.handlers, method as ApiMethod, arg)) as never;
    };
    const output = await command.run({ call, values, positionals: parsed.positionals });
    io.out(isJson ? JSON.stringify(output.json, null, 2) : output.text);
    // After the answer is out: the daily backup and the scheduled integrity check (db/maintenance.ts).
    const report = await backend?.runMaintenance?.();
    if (report?.problem && !isJson) io.err(`注意:${report.problem}`);
    return output.exitCode ?? 0;
  } catch (error) {
    const apiError = toApiError(error);
    if (isJson) io.err(JSON.stringify({ error: apiError.toJSON() }));
    else io.err(`错误:${apiError.message}${cliHint(apiError)}`);
    return isCallerFault(apiError.code) ? 2 : 1;
  } finally {
    backend?.close();
  }
};
