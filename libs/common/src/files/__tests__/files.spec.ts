import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ErrorCode } from '../../errors/index.js';
import { LocalDiskStorage, inspectUpload, safeFileName, sha256Of, storeThen } from '../index.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

async function refusal(promise: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { extensions?: { code?: unknown }; message: string } | null;
  if (!error) throw new Error('expected a refusal');
  return { code: error.extensions?.code, message: error.message };
}

describe('inspectUpload', () => {
  it('accepts a file whose content is what its name says, with the media type read from the content', async () => {
    await expect(inspectUpload(PDF, '来信扫描件.pdf')).resolves.toEqual({ mediaType: 'application/pdf', safeName: '来信扫描件.pdf' });
    await expect(inspectUpload(PNG, '现场照片.PNG')).resolves.toEqual({ mediaType: 'image/png', safeName: '现场照片.PNG' });
    await expect(inspectUpload(Buffer.from('情况说明：……\n'), '说明.txt')).resolves.toMatchObject({ mediaType: 'text/plain; charset=utf-8' });
  });

  it('refuses an executable disguised by its name', async () => {
    const error = await refusal(inspectUpload(EXE, '证据.pdf'));
    expect(error.code).toBe(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    expect(error.message).toContain('不支持的文件类型');
  });

  it('refuses an accepted kind named as another', async () => {
    const error = await refusal(inspectUpload(PNG, '证据.pdf'));
    expect(error).toEqual({ code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, message: '文件内容是PNG 图片，与文件名「证据.pdf」的扩展名不符' });
  });

  it('refuses binary content named .txt, an empty file, and a file over the limit', async () => {
    expect((await refusal(inspectUpload(Buffer.from([0, 1, 2, 0xff, 0xfe]), 'a.txt'))).code).toBe(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    expect((await refusal(inspectUpload(Buffer.alloc(0), 'a.pdf'))).code).toBe(ErrorCode.VALIDATION);
    const tooLarge = await refusal(inspectUpload(PDF, 'a.pdf', { maxBytes: 10 }));
    expect(tooLarge.code).toBe(ErrorCode.PAYLOAD_TOO_LARGE);
    expect(tooLarge.message).toBe('文件超过大小上限（1 KB）');
  });
});

describe('safeFileName', () => {
  it('keeps only the last path segment, without control characters or quotes', () => {
    expect(safeFileName('C:\\Users\\张三\\材料.pdf')).toBe('材料.pdf');
    expect(safeFileName('../../etc/"pass"\u0000wd.txt')).toBe('passwd.txt');
    expect(safeFileName('  ')).toBe('附件');
  });

  it('shortens a long name keeping its extension', () => {
    const name = safeFileName(`${'很长的名字'.repeat(40)}.docx`);
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('.docx')).toBe(true);
  });
});

describe('LocalDiskStorage', () => {
  async function withStorage(test: (storage: LocalDiskStorage, root: string) => Promise<void>): Promise<void> {
    const root = await mkdtemp(path.join(tmpdir(), 'files-spec-'));
    try {
      await test(new LocalDiskStorage(root), root);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }

  it('keeps a file under a random key with its digest, and removes it', () =>
    withStorage(async (storage) => {
      const stored = await storage.put(PDF);
      expect(stored).toEqual({ key: expect.stringMatching(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/), sha256: sha256Of(PDF), size: PDF.length });
      expect(await storage.get(stored.key)).toEqual(PDF);
      const again = await storage.put(PDF);
      expect(again.key).not.toBe(stored.key);
      await storage.remove(stored.key);
      await expect(storage.get(stored.key)).rejects.toThrow();
      await storage.remove(stored.key);
    }));

  it('refuses a key that is not one of its own (no way out of its folder)', () =>
    withStorage(async (storage) => {
      await expect(storage.get('../../etc/passwd')).rejects.toThrow('not a storage key');
    }));

  it('takes the file back when the row referring to it is not written', () =>
    withStorage(async (storage, root) => {
      await expect(
        storeThen(storage, PNG, async () => {
          throw new Error('transaction refused');
        }),
      ).rejects.toThrow('transaction refused');
      const months = await readdir(root, { recursive: true, withFileTypes: true });
      expect(months.filter((entry) => entry.isFile())).toEqual([]);
    }));
});
