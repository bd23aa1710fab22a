// One confirmation dialog for steps that cannot be undone (submit, accept, return, batch accept).
// `askConfirm` resolves true only when the person clicks the confirm button; Esc or 取消 resolve false.
import { useEffect, useRef } from 'react';
import { create } from 'zustand';

export type ConfirmRequest = { title: string; body: string; confirmLabel: string; isDanger?: boolean };

type ConfirmState = {
  request: ConfirmRequest | null;
  resolve: ((ok: boolean) => void) | null;
};

const useConfirm = create<ConfirmState>(() => ({ request: null, resolve: null }));

export const askConfirm = (request: ConfirmRequest): Promise<boolean> =>
  new Promise((resolve) => {
    useConfirm.getState().resolve?.(false);
    useConfirm.setState({ request, resolve });
  });

const answer = (ok: boolean): void => {
  const { resolve } = useConfirm.getState();
  useConfirm.setState({ request: null, resolve: null });
  resolve?.(ok);
};

export const ConfirmDialog = () => {
  const request = useConfirm((s) => s.request);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!request) return undefined;
    confirmRef.current?.focus();
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        answer(false);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [request]);
  if (!request) return null;
  return (
    <div className="confirm-backdrop">
      <div className="confirm-dialog" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-body">
        <h2 id="confirm-title">{request.title}</h2>
        <p id="confirm-body">{request.body}</p>
        <div className="confirm-actions">
          <button type="button" ref={confirmRef} className={request.isDanger ? 'btn btn-danger' : 'btn'} onClick={() => answer(true)}>
            {request.confirmLabel}
          </button>
          <button type="button" className="btn btn-plain" onClick={() => answer(false)}>
            取消
          </button>
        </div>
      </div>
    </div>
  );
};
