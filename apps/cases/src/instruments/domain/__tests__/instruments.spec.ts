import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { isoDate } from '#common/calendar';
import { STATUTORY_RULES } from '../../../clocks/domain/index.js';
import { GB_T_9704, InstrumentKind, acceptanceNotice, declineNotice, documentDate, extensionNotice, handlingOpinion, renderInstrument } from '../index.js';

const facts = {
  number: '510104-2026-00000012',
  title: '小区加装电梯审批久拖未决',
  petitionerName: '王小明',
  registeredOn: isoDate('2026-03-02'),
  issuer: '成都市锦江区春熙路街道办事处',
  issuedOn: isoDate('2026-03-05'),
  documentNumber: '春信受〔2026〕12号',
};

/** The document part of a DOCX file, as Word reads it. */
async function documentXml(file: Promise<Buffer>): Promise<string> {
  return strFromU8(unzipSync(new Uint8Array(await file))['word/document.xml']);
}

const TWIPS_PER_MM = 1440 / 25.4;

describe('written instruments laid out after GB/T 9704', () => {
  it('sets the A4 page with the standard margins, the title in 2号小标宋 and the body in 3号仿宋 on exact lines', async () => {
    const xml = await documentXml(renderInstrument(acceptanceNotice(facts, { acceptedOn: isoDate('2026-03-05'), handleDeadline: isoDate('2026-05-06') })));
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

  it('leaves out the document number line when the office numbers none', async () => {
    const xml = await documentXml(
      renderInstrument(acceptanceNotice({ ...facts, documentNumber: null }, { acceptedOn: facts.issuedOn, handleDeadline: isoDate('2026-05-06') })),
    );
    expect(xml).not.toContain('〔2026〕');
    expect(xml).toContain('信访事项受理告知书');
  });
});

describe('what the instruments say', () => {
  it('tells the petitioner of the acceptance, the handling period and the one extension from the statutory rule', () => {
    const text = acceptanceNotice(facts, { acceptedOn: isoDate('2026-03-05'), handleDeadline: isoDate('2026-05-06') });
    expect(text.kind).toBe(InstrumentKind.ACCEPTANCE_NOTICE);
    expect(text.paragraphs[0]).toBe('你于2026年3月2日提出的“小区加装电梯审批久拖未决”信访事项（编号 510104-2026-00000012），本机关已于2026年3月5日依法受理。');
    expect(text.paragraphs[1]).toContain(`自受理之日起${STATUTORY_RULES.HANDLE.days}日内办结，即于2026年5月6日前出具处理意见`);
    expect(text.paragraphs[1]).toContain(`延长期限不超过${STATUTORY_RULES.HANDLE.maxExtensionDays}日`);
  });

  it('declines with the reason and names the legal channel, or the office’s own words for another reason', () => {
    const litigation = declineNotice(facts, { reason: 'LITIGATION', note: null, channel: '锦江区人民法院' });
    expect(litigation.paragraphs).toEqual([
      '你于2026年3月2日提出的“小区加装电梯审批久拖未决”信访事项（编号 510104-2026-00000012），经审查，应当通过诉讼途径解决，本机关决定不予受理。',
      '请你依照有关法律、行政法规规定的程序，向锦江区人民法院提出。',
      '特此告知。',
    ]);
    expect(declineNotice(facts, { reason: 'OTHER', note: '所反映事项已由区住建局答复', channel: null }).paragraphs[0]).toContain(
      '经审查，所反映事项已由区住建局答复，本机关决定不予受理',
    );
  });

  it('states the extension: the former and the new deadline, the reason and who approved it', () => {
    const text = extensionNotice(facts, {
      days: 15,
      reason: '需会同城管部门现场核实',
      approver: '春熙路街道办事处负责人',
      formerDeadline: isoDate('2026-05-06'),
      newDeadline: isoDate('2026-05-21'),
    });
    expect(text.paragraphs[1]).toBe('因需会同城管部门现场核实，经春熙路街道办事处负责人批准，办理期限延长15日，至2026年5月21日。');
  });

  it('gives the opinion line by line with its outcome and the review right from the statutory window', () => {
    const text = handlingOpinion(facts, { outcome: 'SUPPORTS', text: '经核实，……\n\n责令物业于十日内整改。', reviewOffice: '成都市锦江区人民政府信访局' });
    expect(text.paragraphs.slice(1)).toEqual([
      '经核实，……',
      '责令物业于十日内整改。',
      '处理结果：予以支持。',
      `你如对本处理意见不服，可以自收到本意见书之日起${STATUTORY_RULES.REVIEW_WINDOW.days}日内，请求成都市锦江区人民政府信访局复查。`,
    ]);
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
