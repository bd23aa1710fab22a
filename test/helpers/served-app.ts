// The setup most end-to-end files share: a temporary backend served with the built renderer by the local HTTP
// host, and Debian's Chromium to drive it. Call it at the top of a file (or a describe); it registers its own
// beforeAll/afterAll and returns a getter, since the parts exist only once beforeAll has run.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startHttpHost, type HttpHost } from '../../hosts/http/server.js';
import { assertBuilt, launchChromium, rendererBuild } from './browser.js';
import { makeTempBackend, makeTempDir, type TempBackend } from './temp-backend.js';

export type ServedApp = { browser: Browser; host: HttpHost; temp: TempBackend; files: { dir: string } };

export const serveAppForTests = (options: Parameters<typeof makeTempBackend>[0] & { filesPrefix?: string } = {}): (() => ServedApp) => {
  const { filesPrefix, ...backendOptions } = options;
  const files = makeTempDir(filesPrefix ?? 'duban-e2e-files-');
  let app: ServedApp | undefined;
  beforeAll(async () => {
    assertBuilt();
    const temp = makeTempBackend(backendOptions);
    const host = await startHttpHost({ handlers: temp.backend, staticDir: rendererBuild });
    app = { browser: await launchChromium(), host, temp, files };
  });
  afterAll(async () => {
    await app?.browser.close();
    await app?.host.close();
    app?.temp.cleanup();
    files.cleanup();
  });
  return () => {
    if (!app) throw new Error('The served app is used before its beforeAll ran.');
    return app;
  };
};
