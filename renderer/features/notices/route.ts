// The notices' own print address, #/notice?ids=a,b&print=1: one A4 page per notice, without the app's
// navigation, for printing to PDF in Chromium (as the bulletin's print address is).
export const noticePrintIds = (hash: string): string[] | null => {
  const match = /^#\/notice\?(.*)$/.exec(hash);
  if (!match) return null;
  const params = new URLSearchParams(match[1] ?? '');
  if (params.get('print') !== '1') return null;
  const ids = (params.get('ids') ?? '').split(',').filter((id) => id !== '');
  return ids.length > 0 ? ids : null;
};
