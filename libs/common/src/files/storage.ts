import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What the storage kept of one file: where it is, and the digest and size of its content. */
export interface StoredContent {
  key: string;
  sha256: string;
  size: number;
}

/**
 * Where uploaded files live. Rows hold the key; the bytes are behind this interface, so that an
 * object store can replace the local disk without the features knowing.
 */
export interface FileStorage {
  put(content: Buffer): Promise<StoredContent>;
  get(key: string): Promise<Buffer>;
  /** Removes a stored file; a key that is already gone is not an error. */
  remove(key: string): Promise<void>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

// A key names a file by month and a random id: never by its content (two tenants' equal files stay
// two files, removable apart) and never by a name a user chose.
const KEY_PATTERN = /^\d{4}\/\d{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function sha256Of(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Files under one folder of the local disk (`FILES_DIR`), written atomically, readable by the owner only. */
export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(content: Buffer): Promise<StoredContent> {
    const now = new Date();
    const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    const partial = `${target}.partial`;
    await writeFile(partial, content, { mode: 0o600 });
    await rename(partial, target);
    return { key, sha256: sha256Of(content), size: content.length };
  }

  async get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`not a storage key: ${key}`);
    return path.join(this.root, key);
  }
}

/**
 * Stores `content`, then runs `record` (the transaction writing the row that refers to it); when
 * that fails the file is removed again, so a refused upload leaves nothing behind.
 */
export async function storeThen<T>(storage: FileStorage, content: Buffer, record: (stored: StoredContent) => Promise<T>): Promise<T> {
  const stored = await storage.put(content);
  try {
    return await record(stored);
  } catch (error) {
    await storage.remove(stored.key);
    throw error;
  }
}
