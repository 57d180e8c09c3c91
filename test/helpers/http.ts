import type { Response } from 'superagent';

/** A supertest parser keeping a response's body as bytes (downloads: DOCX, XLSX, attachments). */
export function binaryBody(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
