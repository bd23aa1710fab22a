// The renderer has two entry pages (index.html, the app; bulletin.html, the bulletin alone for duban
// bulletin's PDF). Vite needs each as a file, so their heads are written twice; the Content-Security-Policy
// in particular must not drift apart, and the security scan (npm run security) reads only index.html.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const head = (file: string): string => {
  const html = readFileSync(new URL(`../../renderer/${file}`, import.meta.url), 'utf8');
  const match = /<head>([\s\S]*)<\/head>/.exec(html);
  if (!match?.[1]) throw new Error(`${file} has no head`);
  return match[1];
};

describe('renderer entry pages', () => {
  it('every entry page carries index.html head, the CSP included, word for word', () => {
    const pages = readdirSync(new URL('../../renderer/', import.meta.url)).filter((f) => f.endsWith('.html'));
    expect(pages).toContain('bulletin.html');
    for (const page of pages) expect(head(page), page).toBe(head('index.html'));
    expect(head('index.html')).toMatch(/Content-Security-Policy[\s\S]*script-src 'self';/);
  });
});
