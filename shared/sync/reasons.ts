// Why a package was refused, in words a clerk understands. The code is what tests and scripts check;
// the message (with details filled in) is what the screen and the command line show.
export const REFUSAL_CODES = [
  'unreadable',
  'too_large',
  'damaged',
  'bad_entry_name',
  'duplicate_entry',
  'unknown_entry',
  'zip_bomb',
  'missing_manifest',
  'bad_manifest',
  'future_format',
  'bad_signature',
  'key_mismatch',
  'hash_mismatch',
  'unknown_sender',
  'revoked',
  'wrong_recipient',
  'wrong_kind',
  'unknown_plan',
  'bad_change',
  'gap',
  'rewound',
  'changed',
  'rollup_inner',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export const REFUSAL_TEXT: Record<RefusalCode, string> = {
  unreadable: '无法读取该文件',
  too_large: '文件超过大小限制',
  damaged: '文件已损坏或不完整(可能拷贝中断),请让对方重新导出',
  bad_entry_name: '包内含有不安全的文件名(如 ../ 或绝对路径),已拒绝',
  duplicate_entry: '包内有重名文件,可能被篡改,已拒绝',
  unknown_entry: '包内含有不应出现的文件,已拒绝',
  zip_bomb: '包内文件解压后异常巨大(疑似压缩炸弹),已拒绝',
  missing_manifest: '不是督办数据包:缺少清单或签名',
  bad_manifest: '数据包清单格式不正确',
  future_format: '该数据包由更新版本的督办生成,请先升级本机督办',
  bad_signature: '签名校验失败:数据包在导出后被改动过,或不是由该单位导出',
  key_mismatch: '签名密钥与登记的发送方不一致,已拒绝',
  hash_mismatch: '包内文件与清单记录不一致(内容被改动或损坏)',
  unknown_sender: '发送方尚未登记:请电话核对密钥指纹后确认',
  revoked: '发送方的密钥已被吊销,不再接受其数据包',
  wrong_recipient: '该数据包不是发给本机的',
  wrong_kind: '本机不能导入这种数据包',
  unknown_plan: '数据包所属的规划在本机不存在',
  bad_change: '数据包中的变更记录格式不正确',
  gap: '缺少之前的数据包,请对方重新导出',
  rewound: '发送方的数据似乎从旧备份恢复过:包中序号与本机已收到的内容不一致,为免新填报被当作旧内容丢弃,本包未导入',
  rollup_inner: '汇总包中有原始数据包未通过核验,整个汇总包未导入,本机未做任何改动;请下级办公室检查后重新上报',
  changed: '文件在核验之后被改动过(可能是U盘上的文件被替换或仍在拷贝),本包未导入,本机未做任何改动;请确认文件完整后重新导入',
};

export const refusalMessage = (code: RefusalCode, detail?: string): string =>
  detail ? `${REFUSAL_TEXT[code]}(${detail})` : REFUSAL_TEXT[code];
