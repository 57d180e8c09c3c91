import { describe, expect, it } from '@jest/globals';
import { isoDate } from '#common/calendar';
import { InstrumentKind } from '#common/instruments';
import { STATUTORY_RULES } from '../../../clocks/domain/index.js';
import { acceptanceNotice, declineNotice, extensionNotice, handlingOpinion, reexaminationOpinion, reviewOpinion, routingNotice } from '../index.js';

const facts = {
  number: '510104-2026-00000012',
  title: '小区加装电梯审批久拖未决',
  petitionerName: '王小明',
  registeredOn: isoDate('2026-03-02'),
  issuer: '成都市锦江区春熙路街道办事处',
  issuedOn: isoDate('2026-03-05'),
  documentNumber: '春信受〔2026〕12号',
};

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
});

describe('what the instruments to the bodies and of the reviews say', () => {
  it('assigns to the body with the handling period and the report date, or transfers without one', () => {
    const assigned = routingNotice(facts, { mode: 'ASSIGN', body: '春熙路街道综治中心', completionReportDue: isoDate('2026-06-30') });
    expect(assigned).toMatchObject({ kind: InstrumentKind.ROUTING_NOTICE, title: '信访事项转送（交办）通知', addressee: '春熙路街道综治中心' });
    expect(assigned.paragraphs[0]).toContain('现交办你单位办理');
    expect(assigned.paragraphs[1]).toContain(`${STATUTORY_RULES.HANDLE.days}日内办结`);
    expect(assigned.paragraphs[2]).toBe('请于2026年6月30日前将办理结果报送本机关。');
    const transferred = routingNotice(facts, { mode: 'TRANSFER', body: '锦江区住房和城乡建设局', completionReportDue: null });
    expect(transferred.paragraphs).toHaveLength(2);
    expect(transferred.paragraphs[0]).toContain('现转送你单位办理');
  });

  it('gives the review’s result and the re-examination right; the re-examination is final', () => {
    const review = reviewOpinion(facts, { result: 'CHANGED', text: '经复查，原处理意见认定事实不清。', reexaminationOffice: '成都市信访局' });
    expect(review.paragraphs.slice(1)).toEqual([
      '经复查，原处理意见认定事实不清。',
      '复查结果：变更原处理意见。',
      `你如对本复查意见不服，可以自收到本意见书之日起${STATUTORY_RULES.REEXAMINATION_WINDOW.days}日内，请求成都市信访局复核。`,
    ]);
    const final = reexaminationOpinion(facts, { result: 'UPHELD', text: '经复核，复查意见正确。' });
    expect(final.title).toBe('信访事项复核意见书');
    expect(final.paragraphs.at(-1)).toContain('不再受理');
  });
});
