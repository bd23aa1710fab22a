// A package the receiving PC would refuse for its size (LIMITS, checked there before anything is inflated)
// is no use on the USB stick; worse, a department's exports are cumulative, so the next one would be refused
// too. The sender checks the same limits first and says what to do instead.
import { LIMITS } from './manifest.js';

type Sized = { path: string; size: number };
type Limits = { [K in 'fileBytes' | 'totalBytes' | 'entryBytes' | 'entries']: number };

const mb = (bytes: number): string => `${Math.ceil(bytes / 1048576)} MB`;

/** Why the receiver would refuse a package of these entries (and zipped size), in Chinese; null when it fits. */
export const receiverLimitProblem = (entries: Sized[], zippedBytes: number | null, limits: Limits = LIMITS): string | null => {
  const advice = '请让牵头办公室先导出一个审核结果包给本机并导入(它会确认已收到的内容,下次导出就不再重复打包),或删去过大的佐证材料后再导出。';
  // The manifest and its signature are entries too.
  if (entries.length + 2 > limits.entries) return `数据包包含 ${entries.length} 个文件,超过接收方每包 ${limits.entries} 个的上限。${advice}`;
  const big = entries.find((e) => e.size > limits.entryBytes);
  if (big) return `数据包中的 ${big.path} 有 ${mb(big.size)},超过接收方单个文件 ${mb(limits.entryBytes)} 的上限。${advice}`;
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > limits.totalBytes) return `数据包内容共 ${mb(total)},超过接收方 ${mb(limits.totalBytes)} 的上限。${advice}`;
  if (zippedBytes !== null && zippedBytes > limits.fileBytes) return `数据包文件有 ${mb(zippedBytes)},超过接收方 ${mb(limits.fileBytes)} 的上限。${advice}`;
  return null;
};
