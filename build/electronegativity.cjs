// Runs @doyensec/electronegativity over electron/ offline and fails on any high or medium finding.
// Its CLI fetches translations from S3 and Electron's release list from GitHub on every run; this
// script calls its runner directly instead: translations from the copies in the package, the Electron
// version from node_modules/electron, and the one check that needs the internet (available security
// fixes, i.e. "is a newer Electron out?") left out — upgrading Electron is a release decision.
// It scans what the shell runs: electron/ and the page it loads (renderer/index.html, where the CSP is),
// staged together in a temporary folder. Usage: node build/electronegativity.cjs — prints a summary line.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script, run outside the bundle */
const path = require('node:path');
const i18n = require('i18n');

const root = path.join(__dirname, '..');
const pkgDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const setUpLocale = async () => {
  i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: path.join(pkgDir, 'dist', 'locales'), updateFiles: false, objectNotation: true, register: global });
  i18n.setLocale('en-US');
};
// The runner awaits its locale loader, which downloads; the module cache gets the offline one first.
const loaderPath = require.resolve(path.join(pkgDir, 'dist', 'locales', 'i18n.js'));
const Module = require('node:module');
const stub = new Module(loaderPath);
stub.filename = loaderPath;
stub.loaded = true;
stub.exports = setUpLocale;
require.cache[loaderPath] = stub;
const run = require(path.join(pkgDir, 'dist', 'runner.js'));
const electronVersion = require(path.join(root, 'node_modules', 'electron', 'package.json')).version;

const fs = require('node:fs');
const os = require('node:os');
const input = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-electronegativity-'));
fs.cpSync(path.join(root, 'electron'), path.join(input, 'electron'), { recursive: true });
fs.mkdirSync(path.join(input, 'renderer'));
fs.copyFileSync(path.join(root, 'renderer', 'index.html'), path.join(input, 'renderer', 'index.html'));
process.on('exit', () => fs.rmSync(input, { recursive: true, force: true }));
const OFFLINE_EXCLUDED = ['availablesecurityfixesglobalcheck'];

run(
  {
    input,
    output: undefined,
    isSarif: false,
    customScan: [],
    excludeFromScan: OFFLINE_EXCLUDED,
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
)
  .then((result) => {
    const findings = result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location.line,
      manualReview: issue.manualReview === true,
    }));
    const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
    for (const f of findings) process.stdout.write(`${f.severity.padEnd(13)} ${f.confidence.padEnd(10)} ${f.id} ${f.file}:${f.line}${f.manualReview ? ' (review)' : ''}\n`);
    process.stdout.write(
      `[electronegativity] Electron ${electronVersion}: ${result.atomicChecks} atomic + ${result.globalChecks} global checks over electron/ and renderer/index.html, parse errors ${result.errors.length}, findings ${findings.length}, high/medium ${serious.length}\n`,
    );
    for (const e of result.errors) process.stdout.write(`parse error: ${JSON.stringify(e).slice(0, 300)}\n`);
    process.exit(serious.length === 0 && result.errors.length === 0 ? 0 : 1);
  })
  .catch((error) => {
    process.stderr.write(`electronegativity failed: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exit(2);
  });
