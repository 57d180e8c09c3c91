import { fileTypeFromBuffer } from 'file-type';
import { AppError, ErrorCode } from '../errors/index.js';

/** A kind of file an office accepts, recognised by its content; `extensions` are the names it may carry. */
interface AcceptedType {
  mediaType: string;
  label: string;
  extensions: readonly string[];
}

// Letters scanned or photographed, documents, spreadsheets, and recordings and videos of evidence.
// OLE compound files (old Word/Excel) are recognised only as such; their name says which.
const ACCEPTED: Readonly<Record<string, AcceptedType>> = {
  pdf: { mediaType: 'application/pdf', label: 'PDF', extensions: ['pdf'] },
  jpg: { mediaType: 'image/jpeg', label: 'JPEG 图片', extensions: ['jpg', 'jpeg'] },
  png: { mediaType: 'image/png', label: 'PNG 图片', extensions: ['png'] },
  gif: { mediaType: 'image/gif', label: 'GIF 图片', extensions: ['gif'] },
  webp: { mediaType: 'image/webp', label: 'WebP 图片', extensions: ['webp'] },
  tif: { mediaType: 'image/tiff', label: 'TIFF 图片', extensions: ['tif', 'tiff'] },
  heic: { mediaType: 'image/heic', label: 'HEIC 图片', extensions: ['heic'] },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word 文档', extensions: ['docx'] },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel 表格', extensions: ['xlsx'] },
  cfb: { mediaType: 'application/x-cfb', label: 'Word/Excel 97-2003 文档', extensions: ['doc', 'xls', 'wps', 'et'] },
  mp3: { mediaType: 'audio/mpeg', label: 'MP3 录音', extensions: ['mp3'] },
  m4a: { mediaType: 'audio/mp4', label: 'M4A 录音', extensions: ['m4a'] },
  amr: { mediaType: 'audio/amr', label: 'AMR 录音', extensions: ['amr'] },
  wav: { mediaType: 'audio/wav', label: 'WAV 录音', extensions: ['wav'] },
  mp4: { mediaType: 'video/mp4', label: 'MP4 视频', extensions: ['mp4'] },
};

const TEXT: AcceptedType = { mediaType: 'text/plain; charset=utf-8', label: '文本', extensions: ['txt'] };

/** What one upload may be: at most `maxBytes` (20 MB unless a feature says otherwise). */
export interface UploadPolicy {
  maxBytes: number;
}

export const DEFAULT_UPLOAD_POLICY: UploadPolicy = { maxBytes: 20 * 1024 * 1024 };

/** The accepted kinds as the refusal lists them. */
export const ACCEPTED_FILE_KINDS = `${[...new Set(Object.values(ACCEPTED).map((t) => t.extensions.join('/')))].join('、')}、txt`;

export interface InspectedUpload {
  mediaType: string;
  /** The name to keep and to send back: no folders, no control characters, at most 120 characters. */
  safeName: string;
}

export const payloadTooLarge = (maxBytes: number) => new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `文件超过大小上限（${formatBytes(maxBytes)}）`, { maxBytes });
export const unsupportedMediaType = (message: string) => new AppError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, message, { accepted: ACCEPTED_FILE_KINDS });

/**
 * Checks one upload by what it is, not what it is called: the type is read from the content, must be
 * one an office accepts, and must be what the name's extension says — an executable renamed `.pdf`,
 * or a page named `.jpg`, is refused. Text files are accepted as `.txt` in UTF-8 only.
 */
export async function inspectUpload(content: Buffer, fileName: string, policy: UploadPolicy = DEFAULT_UPLOAD_POLICY): Promise<InspectedUpload> {
  if (content.length === 0) throw new AppError(ErrorCode.VALIDATION, '文件为空');
  if (content.length > policy.maxBytes) throw payloadTooLarge(policy.maxBytes);
  const safeName = safeFileName(fileName);
  const extension = extensionOf(safeName);
  const sniffed = await fileTypeFromBuffer(content);
  const accepted = sniffed ? ACCEPTED[sniffed.ext] : isUtf8Text(content) ? TEXT : undefined;
  if (!accepted) {
    throw unsupportedMediaType(`不支持的文件类型${sniffed ? `（${sniffed.mime}）` : ''}，可上传：${ACCEPTED_FILE_KINDS}`);
  }
  if (!accepted.extensions.includes(extension)) {
    throw unsupportedMediaType(`文件内容是${accepted.label}，与文件名「${safeName}」的扩展名不符`);
  }
  return { mediaType: accepted.mediaType, safeName };
}

/** The last path segment of a name a browser sent, without control characters, shortened keeping its extension. */
export function safeFileName(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (base.length <= 120) return base || '附件';
  const extension = extensionOf(base);
  return `${base.slice(0, 110)}${extension ? `.${extension}` : ''}`;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Valid UTF-8 without NUL bytes: what a `.txt` an office can read is. */
function isUtf8Text(content: Buffer): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
