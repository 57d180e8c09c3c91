/** The largest file the API accepts (its `DEFAULT_UPLOAD_POLICY`): checked here first so a large file is not sent in vain. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** The files an upload may choose (the API checks the content, this only narrows the file picker). */
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,.gif,.webp,.tif,.tiff,.heic,.docx,.xlsx,.doc,.xls,.wps,.et,.mp3,.m4a,.amr,.wav,.mp4,.txt';

/** A size as the lists show it: KB under a megabyte, MB with one decimal above. */
export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
}

/** Refuses, before sending, a file larger than the API accepts; null when it may be sent. */
export function oversized(file: { name: string; size: number }): string | null {
  return file.size > MAX_UPLOAD_BYTES ? `文件「${file.name}」超过大小上限（20 MB）` : null;
}

/** The API's Chinese message of a refused upload (its JSON `{code, message}`), or a general one when none came back. */
export function uploadRefusal(fileName: string, response: unknown): string {
  const message = typeof response === 'object' && response !== null && 'message' in response ? (response as { message: unknown }).message : null;
  return typeof message === 'string' && message ? `「${fileName}」上传失败：${message}` : `「${fileName}」上传失败，请稍后再试`;
}
