// The one place the fill-in sheet leaves the app. In the browser host (and Electron today) an <a download>
// click; when the Electron save-dialog bridge lands, only this function changes.
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const offerDownload = (fileName: string, base64: string, mime: string = XLSX_MIME): void => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
