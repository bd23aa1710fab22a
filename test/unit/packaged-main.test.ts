// The packaged app never starts the local HTTP host: the bundled main process (what electron-builder
// packs, see test/integration/packaging.test.ts) contains neither the host nor a way to listen.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/temp-backend.js';

const mainBundle = join(repoRoot, 'dist', 'electron', 'main.js');

describe.skipIf(!existsSync(mainBundle))('the bundled Electron main process', () => {
  const code = existsSync(mainBundle) ? readFileSync(mainBundle, 'utf8') : '';

  it('holds no HTTP server, no listening socket and no host token', () => {
    for (const marker of ['createServer', '.listen(', 'x-duban-token', 'startHttpHost', 'http-main', 'node:http', 'node:net', 'node:https']) {
      expect(code.includes(marker), marker).toBe(false);
    }
  });

  it('does open the backend and the IPC bridge (the check reads the right file)', () => {
    expect(code).toContain('api:');
    expect(code).toContain('quick_check');
  });
});
