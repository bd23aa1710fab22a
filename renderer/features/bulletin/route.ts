// The bulletin's own address, bulletin.html#/bulletin?plan=…&period=…&print=1: the CLI (and a test) print it to PDF
// in Chromium without the app's navigation around it.
export type BulletinScope = { planId?: string; periodId?: string };

export const bulletinPrintScope = (hash: string): BulletinScope | null => {
  const match = /^#\/bulletin(?:\?(.*))?$/.exec(hash);
  if (!match) return null;
  const params = new URLSearchParams(match[1] ?? '');
  if (params.get('print') !== '1') return null;
  return { planId: params.get('plan') ?? undefined, periodId: params.get('period') ?? undefined };
};
