// Electronegativity (Doyensec's Electron security scanner) over the shell and the page it loads, in CI
// and offline: no high or medium finding, and not one network attempt (network-guard refuses and logs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/temp-backend.js';

describe('electronegativity', () => {
  it('finds no high or medium issue in electron/ and renderer/index.html, offline', () => {
    const work = mkdtempSync(join(tmpdir(), 'duban-eneg-'));
    const networkLog = join(work, 'network.log');
    try {
      const run = spawnSync(process.execPath, ['--require', join(repoRoot, 'test', 'helpers', 'network-guard.cjs'), join(repoRoot, 'build', 'electronegativity.cjs')], {
        cwd: repoRoot,
        env: { ...process.env, DUBAN_NETWORK_LOG: networkLog, HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      process.stdout.write(`\n${run.stdout}`);
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/high\/medium 0/);
      expect(run.stdout).toMatch(/parse errors 0/);
      expect(existsSync(networkLog) ? readFileSync(networkLog, 'utf8') : '').toBe('');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
