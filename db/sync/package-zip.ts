// Building and opening .duban files. Opening checks the zip directory (names, duplicates, sizes, ratio)
// before anything is inflated, then every entry against the manifest's hash and size. Nothing here
// touches the database: a refused file is refused before any write.
import { inflateSync, zipSync, type Zippable } from 'fflate';
import {
  LIMITS,
  MANIFEST_PATH,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  SIGNATURE_PATH,
  SYNC_SCHEMA_VERSION,
  isKnownEntryPath,
  manifestSchema,
  type Manifest,
  type ManifestEntry,
} from '../../shared/sync/manifest.js';
import { refusalMessage, type RefusalCode } from '../../shared/sync/reasons.js';
import { isSignatureValid, sha256Hex } from './keys.js';
import { crcOf, readZipLayout, ZipLayoutError, type ZipEntry } from './zip-layout.js';

export class PackageRefusal extends Error {
  readonly code: RefusalCode;
  readonly details: Record<string, unknown>;
  readonly detail: string | undefined;
  /** `message` replaces the code's standard sentence when the whole situation needs its own words. */
  constructor(code: RefusalCode, detail?: string, details: Record<string, unknown> = {}, message?: string) {
    super(message ?? refusalMessage(code, detail));
    this.code = code;
    this.details = details;
    this.detail = detail;
  }
}

export type OpenedPackage = {
  manifest: Manifest;
  manifestBytes: Uint8Array;
  files: Map<string, Uint8Array>;
  /** The file exactly as received: kept for roll-ups, which carry originals unchanged. */
  bytes: Uint8Array;
  fileSha256: string;
};

const isUnsafeName = (name: string): boolean =>
  name.length === 0 ||
  name.startsWith('/') ||
  name.startsWith('\\') ||
  /^[A-Za-z]:/.test(name) ||
  name.includes('\\') ||
  name.includes('\0') ||
  name.split('/').some((part) => part === '..' || part === '.' || part === '');

/** Reads the zip with every structural limit enforced from its directory, before inflating anything. */
const unzipChecked = (bytes: Uint8Array): Map<string, Uint8Array> => {
  if (bytes.length > LIMITS.fileBytes) throw new PackageRefusal('too_large', `${Math.round(bytes.length / 1048576)} MB`);
  let entries: ZipEntry[];
  try {
    entries = readZipLayout(bytes);
  } catch (error) {
    throw new PackageRefusal('damaged', error instanceof ZipLayoutError ? error.message : undefined);
  }
  if (entries.length > LIMITS.entries) throw new PackageRefusal('too_large', '文件个数过多');
  const seen = new Set<string>();
  let declaredTotal = 0;
  for (const file of entries) {
    if (isUnsafeName(file.name)) throw new PackageRefusal('bad_entry_name', file.name.slice(0, 80));
    if (seen.has(file.name)) throw new PackageRefusal('duplicate_entry', file.name.slice(0, 80));
    seen.add(file.name);
    if (file.name !== MANIFEST_PATH && file.name !== SIGNATURE_PATH && !isKnownEntryPath(file.name)) throw new PackageRefusal('unknown_entry', file.name.slice(0, 80));
    if (file.size > LIMITS.entryBytes) throw new PackageRefusal('zip_bomb', `${file.name} 解压后 ${file.size} 字节`);
    if (file.size > LIMITS.ratioFloorBytes && file.size > file.compressedSize * LIMITS.ratio)
      throw new PackageRefusal('zip_bomb', `${file.name} 压缩比 ${Math.round(file.size / Math.max(1, file.compressedSize))}:1`);
    if (file.method === 0 && file.size !== file.compressedSize) throw new PackageRefusal('damaged', file.name);
    declaredTotal += file.size;
    if (declaredTotal > LIMITS.totalBytes) throw new PackageRefusal('zip_bomb', '解压后总大小超限');
  }
  const files = new Map<string, Uint8Array>();
  for (const file of entries) {
    const raw = bytes.subarray(file.dataOffset, file.dataOffset + file.compressedSize);
    let content: Uint8Array;
    try {
      // Inflated into a buffer of the declared size: a lying header cannot make it grow.
      content = file.method === 0 ? raw.slice() : inflateSync(raw, { out: new Uint8Array(file.size) });
    } catch {
      throw new PackageRefusal('damaged', file.name);
    }
    if (content.length !== file.size || crcOf(content) !== file.crc) throw new PackageRefusal('damaged', `${file.name} 校验和不符`);
    files.set(file.name, content);
  }
  return files;
};

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Opens and checks a package file; the signature is checked against `publicKeyPem` by the caller's choice of key. */
export const openPackage = (bytes: Uint8Array): OpenedPackage => {
  const files = unzipChecked(bytes);
  const manifestBytes = files.get(MANIFEST_PATH);
  const signature = files.get(SIGNATURE_PATH);
  if (!manifestBytes || !signature) throw new PackageRefusal('missing_manifest');
  if (manifestBytes.length > LIMITS.manifestBytes) throw new PackageRefusal('too_large', '清单过大');
  let raw: unknown;
  try {
    raw = JSON.parse(decoder.decode(manifestBytes));
  } catch {
    throw new PackageRefusal('bad_manifest', '不是有效的 JSON');
  }
  // The format version is read before the strict shape: a newer file gets "upgrade", not "malformed".
  const loose = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (loose.format !== PACKAGE_FORMAT) throw new PackageRefusal('missing_manifest');
  const formatVersion = typeof loose.formatVersion === 'number' ? loose.formatVersion : 0;
  const schemaVersion = typeof loose.schemaVersion === 'number' ? loose.schemaVersion : 0;
  if (formatVersion > PACKAGE_FORMAT_VERSION || schemaVersion > SYNC_SCHEMA_VERSION)
    throw new PackageRefusal('future_format', `格式 ${formatVersion}/${schemaVersion},本机支持 ${PACKAGE_FORMAT_VERSION}/${SYNC_SCHEMA_VERSION}`);
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new PackageRefusal('bad_manifest', parsed.error.issues[0]?.path.join('.') ?? '');
  const manifest = parsed.data;
  if (!isSignatureValid(manifest.from.publicKeyPem, manifestBytes, signature)) throw new PackageRefusal('bad_signature');
  checkEntries(manifest.entries, files);
  return { manifest, manifestBytes, files, bytes, fileSha256: sha256Hex(bytes) };
};

const checkEntries = (entries: ManifestEntry[], files: Map<string, Uint8Array>): void => {
  const listed = new Set<string>();
  for (const entry of entries) {
    if (listed.has(entry.path)) throw new PackageRefusal('duplicate_entry', entry.path);
    listed.add(entry.path);
    const content = files.get(entry.path);
    if (!content) throw new PackageRefusal('hash_mismatch', `缺少 ${entry.path}`);
    if (content.length !== entry.size || sha256Hex(content) !== entry.sha256) throw new PackageRefusal('hash_mismatch', entry.path);
    if (entry.path.startsWith('attachments/') && entry.path.slice('attachments/'.length) !== entry.sha256)
      throw new PackageRefusal('hash_mismatch', entry.path);
  }
  for (const path of files.keys()) {
    if (path !== MANIFEST_PATH && path !== SIGNATURE_PATH && !listed.has(path)) throw new PackageRefusal('unknown_entry', `清单未列出 ${path}`);
  }
};

export const textOf = (bytes: Uint8Array): string => {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new PackageRefusal('bad_change', '不是 UTF-8 文本');
  }
};

const encoder = new TextEncoder();

export type PackageContent = { path: string; bytes: Uint8Array; records: number };

/** Lays out a package: the manifest lists every entry, the signature covers the manifest's exact bytes. */
export const buildPackage = (
  header: Omit<Manifest, 'entries' | 'format' | 'formatVersion' | 'schemaVersion'>,
  contents: PackageContent[],
  signer: (bytes: Uint8Array) => Uint8Array,
): Uint8Array => {
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    schemaVersion: SYNC_SCHEMA_VERSION,
    ...header,
    entries: contents.map((c) => ({ path: c.path, size: c.bytes.length, sha256: sha256Hex(c.bytes), records: c.records })),
  };
  const manifestBytes = encoder.encode(JSON.stringify(manifest, null, 1));
  const zippable: Zippable = { [MANIFEST_PATH]: manifestBytes, [SIGNATURE_PATH]: signer(manifestBytes) };
  for (const content of contents) zippable[content.path] = content.bytes;
  // Stored, not deflated: deflate's padding bits are ignored on reading, so a flipped bit there would go
  // unnoticed; stored, every byte is either checked structure or hashed, signed content.
  return zipSync(zippable, { level: 0, mtime: new Date('2020-01-01T00:00:00Z') });
};
