import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { isoDate } from '../../calendar/index.js';
import { GB_T_9704, INSTRUMENT_TITLES, InstrumentKind, type InstrumentText, documentDate, renderInstrument, signatureIndents } from '../index.js';

const notice: InstrumentText = {
  kind: InstrumentKind.ACCEPTANCE_NOTICE,
  title: INSTRUMENT_TITLES.ACCEPTANCE_NOTICE,
  documentNumber: '春信受〔2026〕12号',
  addressee: '王小明',
  paragraphs: ['你于2026年3月2日提出的信访事项，本机关已于2026年3月5日依法受理。', '特此告知。'],
  issuer: '成都市锦江区春熙路街道办事处',
  issuedOn: isoDate('2026-03-05'),
};

/** The document part of a DOCX file, as Word reads it. */
async function documentXml(file: Promise<Buffer>): Promise<string> {
  return strFromU8(unzipSync(new Uint8Array(await file))['word/document.xml']);
}

const TWIPS_PER_MM = 1440 / 25.4;

describe('written instruments laid out after GB/T 9704', () => {
  it('sets the A4 page with the standard margins, the title in 2号小标宋 and the body in 3号仿宋 on exact lines', async () => {
    const xml = await documentXml(renderInstrument(notice));
    const margin = (side: string) => Number(new RegExp(`<w:pgMar[^>]* w:${side}="(\\d+)"`).exec(xml)![1]) / TWIPS_PER_MM;
    expect(margin('top')).toBeCloseTo(37, 0);
    expect(margin('bottom')).toBeCloseTo(35, 0);
    expect(margin('left')).toBeCloseTo(28, 0);
    expect(margin('right')).toBeCloseTo(26, 0);
    expect(Number(/<w:pgSz[^>]* w:w="(\d+)"/.exec(xml)![1]) / TWIPS_PER_MM).toBeCloseTo(210, 0);
    // The title's run: 小标宋, 22 pt; every other run 仿宋, 16 pt.
    const runs = [...xml.matchAll(/<w:r>.*?<\/w:r>/g)].map(([r]) => ({
      font: /w:eastAsia="([^"]+)"/.exec(r)?.[1],
      size: /<w:sz w:val="(\d+)"/.exec(r)?.[1],
      text: /<w:t[^>]*>([^<]*)<\/w:t>/.exec(r)?.[1],
    }));
    expect(runs[0]).toEqual({ font: GB_T_9704.titleFont, size: '44', text: '信访事项受理告知书' });
    expect(runs.slice(1).every((r) => r.font === GB_T_9704.bodyFont && r.size === '32')).toBe(true);
    expect(runs.map((r) => r.text)).toEqual(
      expect.arrayContaining(['春信受〔2026〕12号', '王小明：', '特此告知。', '成都市锦江区春熙路街道办事处', '2026年3月5日']),
    );
    expect(xml).toContain(`w:line="${GB_T_9704.lineTwips}" w:lineRule="exact"`);
  });

  it('sets the date four characters from the right and centres the issuer’s name over it (GB/T 9704 7.3.5)', async () => {
    const xml = await documentXml(renderInstrument(notice));
    const rightIndentOf = (text: string) => {
      const paragraph = [...xml.matchAll(/<w:p>.*?<\/w:p>/g)].map(([p]) => p).find((p) => p.includes(`>${text}<`))!;
      return Number(/<w:ind [^>]*w:right="(\d+)"/.exec(paragraph)![1]);
    };
    const character = GB_T_9704.bodySize * 10;
    expect(rightIndentOf('2026年3月5日')).toBe(GB_T_9704.dateRightIndentTwips);
    // 2026年3月5日: 6 half-width digits and 3 characters (6 characters wide); the issuer 14 characters wide.
    const issuerWidth = 14 * character;
    const dateWidth = 6 * character;
    const centred = GB_T_9704.dateRightIndentTwips + (dateWidth - issuerWidth) / 2;
    expect(rightIndentOf('成都市锦江区春熙路街道办事处')).toBe(Math.max(0, centred));
    // A short issuer sits centred over a longer date: its right indent is larger than the date's by half the difference.
    expect(signatureIndents('锦江区信访局', '2026年12月25日')).toEqual({
      issuerRightTwips: GB_T_9704.dateRightIndentTwips + ((3 + 8 / 2) * character - 6 * character) / 2,
      dateRightTwips: GB_T_9704.dateRightIndentTwips,
    });
  });

  it('leaves out the document number line when the office numbers none', async () => {
    const xml = await documentXml(renderInstrument({ ...notice, documentNumber: null }));
    expect(xml).not.toContain('〔2026〕');
    expect(xml).toContain('信访事项受理告知书');
  });

  it('writes every date in full with Arabic numerals, without leading zeros', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (day) => {
        const iso = day.toISOString().slice(0, 10);
        const [, y, m, d] = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(documentDate(isoDate(iso)))!;
        expect(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`).toBe(iso);
        expect(m.startsWith('0') || d.startsWith('0')).toBe(false);
      }),
    );
  });
});
