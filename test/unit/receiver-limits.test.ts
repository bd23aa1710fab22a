import { describe, expect, test } from 'vitest';
import { receiverLimitProblem } from '../../shared/sync/receiver-limits.js';

const limits = { fileBytes: 3 * 1048576, totalBytes: 4 * 1048576, entryBytes: 2 * 1048576, entries: 5 };
const entry = (path: string, mb: number) => ({ path, size: Math.round(mb * 1048576) });

describe('a package the receiver would refuse is refused at export, with what to do', () => {
  test('within every limit: fine', () => {
    expect(receiverLimitProblem([entry('changes.ndjson', 0.1), entry('attachments/a', 1.5)], 1.6 * 1048576, limits)).toBeNull();
  });

  test('each limit, named with its numbers', () => {
    const many = Array.from({ length: 4 }, (_, i) => entry(`attachments/${i}`, 0.01));
    expect(receiverLimitProblem(many, null, limits)).toContain('包含 4 个文件,超过接收方每包 5 个的上限');
    expect(receiverLimitProblem([entry('attachments/big', 2.5)], null, limits)).toContain('attachments/big 有 3 MB,超过接收方单个文件 2 MB 的上限');
    expect(receiverLimitProblem([entry('a', 1.9), entry('b', 1.9), entry('c', 1.9)], null, limits)).toContain('内容共 6 MB,超过接收方 4 MB 的上限');
    expect(receiverLimitProblem([entry('a', 1)], 3.5 * 1048576, limits)).toContain('文件有 4 MB,超过接收方 3 MB 的上限');
    expect(receiverLimitProblem([entry('a', 2.5)], null, limits)).toContain('请让牵头办公室先导出一个审核结果包给本机并导入');
  });
});
