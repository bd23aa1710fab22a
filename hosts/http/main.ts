// Entry for the local HTTP host: `node dist/hosts/http-main.js [--db PATH] [--port N] [--no-demo] [--demo] [--today YYYY-MM-DD]`.
// --today: run as of that day (demos, end-to-end tests that must not depend on the PC's date).
// --demo: a brand-new database opens on the embedded demo instead of the first-run wizard (npm start).
import { parseArgs } from 'node:util';
import { openRecoverableBackend } from '../open-backend.js';
import { rendererDir } from '../paths.js';
import { clockForToday } from '../today-clock.js';
import { startHttpHost } from './server.js';

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, 'no-demo': { type: 'boolean' }, demo: { type: 'boolean' }, today: { type: 'string' } },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口号无效:${values.port}`);
  // A damaged database does not stop the host: the page opens on the recovery screen instead.
  const backend = openRecoverableBackend({ dbPath: values.db, withDemo: values['no-demo'] !== true, isFirstRunWizard: values.demo !== true, holder: 'host',
    clock: values.today === undefined ? undefined : clockForToday(values.today),
  });
  const host = await startHttpHost({ handlers: backend.handlers, staticDir: rendererDir(), port });
  process.stdout.write(`督办已在本机启动,请用浏览器打开:${host.url}\n数据库:${backend.backend?.db.name ?? values.db ?? '默认位置'}\n`);
  if (backend.problem) process.stdout.write(`注意:${backend.problem.message}\n请在浏览器中打开上面的地址,按提示从备份恢复。\n`);
  // Serving already: the daily backup and the scheduled integrity check run on a worker meanwhile.
  void backend.runMaintenance().then((report) => {
    if (report?.problem) process.stdout.write(`注意:${report.problem}\n`);
    else if (report) {
      // One line either way, so whoever watches the console (and the bench) knows the background work is over.
      const done = [report.backup ? '今日备份' : '', report.integrity ? '完整性检查' : ''].filter(Boolean).join('和');
      process.stdout.write(done ? `后台维护:${done}已完成。\n` : '后台维护:今日已备份,完整性检查未到期。\n');
    }
  });
  const stop = (): void => {
    void host.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((error: unknown) => {
  process.stderr.write(`启动失败:${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
