// A strict reading of the zip structure, byte by byte, before anything is inflated. Duban writes its
// packages in one fixed layout (fflate, no extra fields, no comments, no data descriptors), so every byte
// of the file is accounted for: the signed manifest covers the contents, and this covers the rest. A
// single flipped byte anywhere (a date field, a CRC, a length) is found here or by the content hashes.
import { crc32 } from 'node:zlib';

export type ZipEntry = { name: string; method: number; crc: number; compressedSize: number; size: number; dataOffset: number };

export class ZipLayoutError extends Error {}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const VERSION = 20;

const fail = (why: string): never => {
  throw new ZipLayoutError(why);
};

const nameDecoder = new TextDecoder('utf-8', { fatal: true });

/** Reads every header; throws ZipLayoutError on anything outside the one layout Duban writes. */
export const readZipLayout = (bytes: Uint8Array): ZipEntry[] => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => (at + 2 <= bytes.length ? view.getUint16(at, true) : fail('越界'));
  const u32 = (at: number): number => (at + 4 <= bytes.length ? view.getUint32(at, true) : fail('越界'));
  if (bytes.length < 22) fail('文件过短');
  const end = bytes.length - 22;
  if (u32(end) !== END) fail('缺少目录结尾');
  const [disk, cdDisk, countHere, count, cdSize, cdOffset, commentLength] = [u16(end + 4), u16(end + 6), u16(end + 8), u16(end + 10), u32(end + 12), u32(end + 16), u16(end + 20)];
  if (disk !== 0 || cdDisk !== 0 || countHere !== count || commentLength !== 0 || cdOffset + cdSize !== end) fail('目录结尾不一致');
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  let expectedLocal = 0;
  for (let i = 0; i < count; i += 1) {
    if (u32(at) !== CENTRAL) fail('目录项损坏');
    const madeBy = u16(at + 4);
    const needed = u16(at + 6);
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const time = u16(at + 12);
    const date = u16(at + 14);
    const crc = u32(at + 16);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const fileCommentLength = u16(at + 32);
    const diskStart = u16(at + 34);
    const internal = u16(at + 36);
    const external = u32(at + 38);
    const localOffset = u32(at + 42);
    if (madeBy !== VERSION || needed !== VERSION || (flags & ~0x800) !== 0 || (method !== 0 && method !== 8)) fail('目录项字段异常');
    if (extraLength !== 0 || fileCommentLength !== 0 || diskStart !== 0 || internal !== 0 || external !== 0) fail('目录项字段异常');
    if (at + 46 + nameLength > cdOffset + cdSize) fail('目录项越界');
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    let name = '';
    try {
      name = nameDecoder.decode(nameBytes);
    } catch {
      fail('文件名不是 UTF-8');
    }
    // The local header must repeat the directory entry exactly and sit right after the previous entry.
    if (localOffset !== expectedLocal || u32(localOffset) !== LOCAL) fail('文件头位置异常');
    const local = [u16(localOffset + 4), u16(localOffset + 6), u16(localOffset + 8), u16(localOffset + 10), u16(localOffset + 12), u32(localOffset + 14), u32(localOffset + 18), u32(localOffset + 22), u16(localOffset + 26), u16(localOffset + 28)];
    const central = [needed, flags, method, time, date, crc, compressedSize, size, nameLength, 0];
    if (local.some((v, k) => v !== central[k])) fail('文件头与目录不一致');
    const localName = bytes.subarray(localOffset + 30, localOffset + 30 + nameLength);
    if (localName.length !== nameLength || localName.some((b, k) => b !== nameBytes[k])) fail('文件头与目录不一致');
    const dataOffset = localOffset + 30 + nameLength;
    expectedLocal = dataOffset + compressedSize;
    if (expectedLocal > cdOffset) fail('数据越界');
    entries.push({ name, method, crc, compressedSize, size, dataOffset });
    at += 46 + nameLength;
  }
  if (at !== cdOffset + cdSize || expectedLocal !== cdOffset) fail('文件中有多余的数据');
  return entries;
};

export const crcOf = (bytes: Uint8Array): number => crc32(bytes) >>> 0;
