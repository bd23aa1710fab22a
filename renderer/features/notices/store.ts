// 催办通知单 on the chase screen: the late units of the period with what a notice would list, the log
// of notices per unit, and the dialog for issuing one or all of them.
import { create } from 'zustand';
import type { IssuedNotice, NoticeDrafts } from '../../../shared/notices/types';
import { errorMessage, invoke } from '../../api/client';
import { saveBytes } from '../../api/save';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** null: closed; a unit id: one notice for it; 'all': every late unit. */
export type IssueTarget = { kind: 'one'; departmentId: string } | { kind: 'all' } | null;

type NoticesState = {
  scope: { planId?: string; periodId?: string };
  drafts: NoticeDrafts | null;
  /** The plan's notices per unit, newest first (also for units not late this period). */
  logByUnit: Record<string, IssuedNotice[]>;
  target: IssueTarget;
  isIssuing: boolean;
  error: string | null;
  notice: string | null;
  load: (scope: { planId?: string; periodId?: string }) => Promise<void>;
  open: (target: IssueTarget) => void;
  issueOne: (departmentId: string, docNumber: string, replyBy: string) => Promise<IssuedNotice | null>;
  issueAll: (docPrefix: string, firstNumber: number, replyBy: string) => Promise<IssuedNotice[] | null>;
  saveDocx: (id: string) => Promise<void>;
};

const groupByUnit = (list: IssuedNotice[]): Record<string, IssuedNotice[]> => {
  const map: Record<string, IssuedNotice[]> = {};
  for (const n of list) (map[n.departmentId] ??= []).push(n);
  return map;
};

export const useNoticesStore = create<NoticesState>((set, get) => ({
  scope: {},
  drafts: null,
  logByUnit: {},
  target: null,
  isIssuing: false,
  error: null,
  notice: null,
  load: async (scope) => {
    set({ scope, error: null });
    try {
      const [drafts, log] = await Promise.all([invoke('notices.drafts', scope), invoke('notices.list', { planId: scope.planId })]);
      set({ drafts, logByUnit: groupByUnit(log) });
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },
  open: (target) => set({ target, error: null, notice: null }),
  issueOne: async (departmentId, docNumber, replyBy) => {
    set({ isIssuing: true, error: null });
    try {
      const issued = await invoke('notices.issue', { ...get().scope, departmentId, docNumber, replyBy });
      set({ isIssuing: false, target: null, notice: `已发出催办通知单 ${issued.docNumber}(${issued.departmentName})` });
      await get().load(get().scope);
      return issued;
    } catch (e) {
      set({ isIssuing: false, error: errorMessage(e) });
      return null;
    }
  },
  issueAll: async (docPrefix, firstNumber, replyBy) => {
    set({ isIssuing: true, error: null });
    try {
      const result = await invoke('notices.issueBatch', { ...get().scope, docPrefix, firstNumber, replyBy });
      set({ isIssuing: false, target: null });
      // The folder of .docx files goes where the person saves it; the print view then shows every notice.
      const saved = await saveBytes(result.file.fileName, result.file.dataBase64, 'application/zip');
      set({ notice: `已发出 ${result.notices.length} 份催办通知单${saved ? `;${saved}` : ''}` });
      await get().load(get().scope);
      return result.notices;
    } catch (e) {
      set({ isIssuing: false, error: errorMessage(e) });
      return null;
    }
  },
  saveDocx: async (id) => {
    try {
      const file = await invoke('notices.docx', { id });
      const saved = await saveBytes(file.fileName, file.dataBase64, DOCX);
      if (saved) set({ notice: saved });
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },
}));
