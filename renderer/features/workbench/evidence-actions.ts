// The report form's evidence files: checked here (type, size) before a byte is read, stored by the
// backend by hash, named in the draft, and saved at once so a crash keeps them.
import type { StoreApi } from 'zustand';
import { errorMessage, invoke } from '../../api/client';
import { readAsBase64 } from '../../api/read-file';
import { attachmentProblem } from './form-checks';
import type { WorkbenchState } from './store';

type Get = StoreApi<WorkbenchState>['getState'];
type Set = StoreApi<WorkbenchState>['setState'];

export const evidenceActions = (get: Get, set: Set): Pick<WorkbenchState, 'addFiles' | 'removeFile'> => ({
  addFiles: async (files) => {
    const { settings } = get();
    for (const file of files) {
      const problem = attachmentProblem(file, settings);
      if (problem) {
        set({ formError: problem });
        continue;
      }
      try {
        const added = await invoke('attachments.add', { fileName: file.name, dataBase64: await readAsBase64(file) });
        const form = get().form;
        if (!form) return;
        set({ files: { ...get().files, [added.sha256]: added } });
        if (!form.attachments.some((a) => a.sha256 === added.sha256)) {
          get().updateForm({ attachments: [...form.attachments, { sha256: added.sha256, fileName: added.fileName }] });
        }
      } catch (error) {
        set({ formError: errorMessage(error) });
      }
    }
    await get().saveNow();
  },

  removeFile: (sha256) => {
    const form = get().form;
    if (!form) return;
    get().updateForm({ attachments: form.attachments.filter((a) => a.sha256 !== sha256) });
    void get().saveNow();
  },
});
