// 单位与密钥: the keys this office has enrolled (units, and offices above or below), what each last sent,
// and revoking one whose PC was lost or replaced. Revoking asks for a reason; it is written at once.
import { create } from 'zustand';
import type { PeerSummary } from '../../../shared/sync/types';
import { errorMessage, invoke } from '../../api/client';

type PeersState = {
  peers: PeerSummary[] | null;
  isBusy: boolean;
  error: string | null;
  notice: string | null;
  load: () => Promise<void>;
  revoke: (peer: PeerSummary, reason: string) => Promise<boolean>;
};

export const usePeers = create<PeersState>((set, get) => ({
  peers: null,
  isBusy: false,
  error: null,
  notice: null,
  load: async () => {
    try {
      set({ peers: await invoke('sync.peers', {}), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  revoke: async (peer, reason) => {
    if (reason.trim() === '') {
      set({ error: '请写明吊销原因,例如“电脑已更换”或“电脑丢失”' });
      return false;
    }
    set({ isBusy: true, error: null, notice: null });
    try {
      await invoke('sync.revoke', { key: peer.originId, reason: reason.trim() });
      await get().load();
      set({ isBusy: false, notice: `已吊销${peer.name}的密钥(指纹 ${peer.fingerprint}),此后用它签名的数据包不再接受。` });
      return true;
    } catch (error) {
      set({ isBusy: false, error: errorMessage(error) });
      return false;
    }
  },
}));
