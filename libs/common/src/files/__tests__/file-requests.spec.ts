import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalDiskStorage, storeAllThen, type FileStorage, type StoredContent } from '../index.js';

const filesUnder = async (root: string) =>
  (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));

describe('storeAllThen', () => {
  it('keeps every file of a request whose record succeeds, and removes them all when the record fails', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'store-all-'));
    try {
      const storage = new LocalDiskStorage(root);
      const kept = await storeAllThen(storage, [Buffer.from('一'), Buffer.from('二')], async (stored) => stored);
      expect(kept.map((s) => s.size)).toEqual([3, 3]);
      expect(await filesUnder(root)).toHaveLength(2);

      await expect(
        storeAllThen(storage, [Buffer.from('三'), Buffer.from('四'), Buffer.from('五')], async () => {
          throw new Error('the case is not visible');
        }),
      ).rejects.toThrow('the case is not visible');
      expect(await filesUnder(root)).toHaveLength(2);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('removes the files already stored when storing a later one fails', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'store-all-'));
    try {
      const disk = new LocalDiskStorage(root);
      let puts = 0;
      // The disk itself, failing on its third write (a full disk, a lost mount).
      const failing: FileStorage = {
        put: (content: Buffer): Promise<StoredContent> => (++puts === 3 ? Promise.reject(new Error('disk full')) : disk.put(content)),
        get: (key) => disk.get(key),
        remove: (key) => disk.remove(key),
      };
      await expect(storeAllThen(failing, [Buffer.from('a'), Buffer.from('b'), Buffer.from('c')], async () => 'recorded')).rejects.toThrow('disk full');
      expect(await filesUnder(root)).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
