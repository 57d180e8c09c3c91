/** What a kept file's row says of it, whichever service keeps it. */
export interface StoredFileRow {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  description: string | null;
  uploadedByName: string;
  uploadedAt: Date;
}

/** A kept file as an API shows it: what its row says (never where it is stored) and where to download it. */
export interface StoredFileView extends StoredFileRow {
  downloadUrl: string;
}

export function storedFileView(row: StoredFileRow, downloadUrl: string): StoredFileView {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    description: row.description,
    uploadedByName: row.uploadedByName,
    uploadedAt: row.uploadedAt,
    downloadUrl,
  };
}
