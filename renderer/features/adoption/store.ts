// 表格代录 on the office: the units without Duban, the sheets sent to them, and the files they return
// (read as base64: a browser page cannot hand over a path), previewed before anything is written.
import { create } from 'zustand';
import type { AdoptionUnits, ReturnsPreview } from '../../../shared/api/methods/adoption';
import { errorMessage, invoke } from '../../api/client';
import { readAsBase64 } from '../../api/read-file';
import { saveBytes } from '../../api/save';

type Source = { name: string; dataBase64: string };

/** '': read the unit from each file; 'bulletin': a published 进展通报; else the unit's id. */
export type FromChoice = string;

type AdoptionState = {
  units: AdoptionUnits | null;
  selected: string[];
  withWord: boolean;
  from: FromChoice;
  isBusy: boolean;
  preview: ReturnsPreview | null;
  sources: Source[];
  error: string | null;
  notice: string | null;
  load: () => Promise<void>;
  toggle: (departmentId: string) => void;
  selectUnenrolled: () => void;
  clearSelection: () => void;
  setWithWord: (value: boolean) => void;
  setFrom: (value: FromChoice) => void;
  exportSheets: () => Promise<void>;
  previewFiles: (files: File[]) => Promise<void>;
  importReturns: () => Promise<void>;
  closePreview: () => void;
};

const returnsArg = (from: FromChoice) => (from === 'bulletin' ? { isBulletin: true } : from ? { departmentId: from } : {});

export const useAdoption = create<AdoptionState>((set, get) => ({
  units: null,
  selected: [],
  withWord: false,
  from: '',
  isBusy: false,
  preview: null,
  sources: [],
  error: null,
  notice: null,

  load: async () => {
    try {
      const units = await invoke('adoption.units', {});
      set({ units, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  toggle: (id) => set(({ selected }) => ({ selected: selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id] })),
  selectUnenrolled: () => set(({ units }) => ({ selected: (units?.units ?? []).filter((u) => !u.isEnrolled).map((u) => u.departmentId) })),
  clearSelection: () => set({ selected: [] }),
  setWithWord: (withWord) => set({ withWord }),
  setFrom: (from) => set({ from }),

  exportSheets: async () => {
    const { selected, withWord, units } = get();
    if (selected.length === 0 || !units) return;
    set({ isBusy: true, error: null, notice: null });
    try {
      const bundle = await invoke('adoption.exportSheets', { periodId: units.period.id, departmentIds: selected, withWord });
      const saved = await saveBytes(bundle.fileName, bundle.dataBase64, bundle.mime);
      if (saved !== null) set({ notice: `${bundle.summary}。${saved}` });
    } catch (error) {
      set({ error: errorMessage(error) });
    } finally {
      set({ isBusy: false });
    }
  },

  previewFiles: async (files) => {
    const { units, from } = get();
    if (!units || files.length === 0) return;
    set({ isBusy: true, error: null, notice: null, preview: null, sources: [] });
    try {
      const sources: Source[] = [];
      for (const file of files) sources.push({ name: file.name, dataBase64: await readAsBase64(file) });
      const preview = await invoke('adoption.previewReturns', { periodId: units.period.id, sources, ...returnsArg(from) });
      set({ preview, sources });
    } catch (error) {
      set({ error: errorMessage(error) });
    } finally {
      set({ isBusy: false });
    }
  },

  importReturns: async () => {
    const { preview, sources, from } = get();
    if (!preview) return;
    set({ isBusy: true, error: null });
    try {
      const result = await invoke('adoption.importReturns', { periodId: preview.period.id, sources, ...returnsArg(from) });
      set({ preview: null, sources: [], notice: result.summary });
      await get().load();
    } catch (error) {
      set({ error: errorMessage(error) });
    } finally {
      set({ isBusy: false });
    }
  },
  closePreview: () => set({ preview: null, sources: [] }),
}));
