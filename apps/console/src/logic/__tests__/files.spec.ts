import { describe, expect, it } from '@jest/globals';
import { fileSize, oversized, uploadRefusal } from '../files';

describe('uploads in the console', () => {
  it('shows sizes in KB under a megabyte and in MB above', () => {
    expect(fileSize(1)).toBe('1 KB');
    expect(fileSize(1536)).toBe('2 KB');
    expect(fileSize(5 * 1024 * 1024 + 300 * 1024)).toBe('5.3 MB');
  });

  it('refuses a file over 20 MB before sending it', () => {
    expect(oversized({ name: '录像.mp4', size: 20 * 1024 * 1024 })).toBeNull();
    expect(oversized({ name: '录像.mp4', size: 20 * 1024 * 1024 + 1 })).toBe('文件「录像.mp4」超过大小上限（20 MB）');
  });

  it('shows the API’s own message of a refusal, or a general one', () => {
    expect(uploadRefusal('发票.pdf', { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的文件类型' })).toBe('「发票.pdf」上传失败：不支持的文件类型');
    expect(uploadRefusal('发票.pdf', '<html>')).toBe('「发票.pdf」上传失败，请稍后再试');
    expect(uploadRefusal('发票.pdf', undefined)).toBe('「发票.pdf」上传失败，请稍后再试');
  });
});
