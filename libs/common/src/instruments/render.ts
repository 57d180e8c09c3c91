import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun, convertMillimetersToTwip } from 'docx';
import { type InstrumentText, documentDate } from './instrument.js';
import { GB_T_9704 } from './layout.js';

const exactLines = { line: GB_T_9704.lineTwips, lineRule: LineRuleType.EXACT } as const;

function run(text: string, font: string, size: number): TextRun {
  return new TextRun({ text, size, font: { ascii: font, eastAsia: font, hAnsi: font } });
}

const body = (text: string) => run(text, GB_T_9704.bodyFont, GB_T_9704.bodySize);

/** Twips of one character of the body (16 pt); Latin letters and Arabic numerals take half of it. */
const CHARACTER_TWIPS = GB_T_9704.bodySize * 10;

/** How wide a line of body text is set, in twips. */
function widthTwips(text: string): number {
  return [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) < 0x2e80 ? CHARACTER_TWIPS / 2 : CHARACTER_TWIPS), 0);
}

/**
 * GB/T 9704 7.3.5: the date right-aligned four characters from the right edge, the issuer's
 * name centred over it (moved right as far as the edge allows when it is the longer of the two).
 */
export function signatureIndents(issuer: string, date: string): { issuerRightTwips: number; dateRightTwips: number } {
  const dateRightTwips = GB_T_9704.dateRightIndentTwips;
  const centred = dateRightTwips + Math.round((widthTwips(date) - widthTwips(issuer)) / 2);
  return { issuerRightTwips: Math.max(0, centred), dateRightTwips };
}

/** The instrument as a DOCX file laid out after GB/T 9704: title, document number, addressee, body, issuer and date. */
export function renderInstrument(text: InstrumentText): Promise<Buffer> {
  const { pageMillimetres: page, marginMillimetres: margin } = GB_T_9704;
  const date = documentDate(text.issuedOn);
  const indents = signatureIndents(text.issuer, date);
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactLines, children: [run(text.title, GB_T_9704.titleFont, GB_T_9704.titleSize)] }),
    ...(text.documentNumber ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactLines, children: [body(text.documentNumber)] })] : []),
    // One empty line between the title block and the addressee.
    new Paragraph({ spacing: exactLines, children: [] }),
    new Paragraph({ spacing: exactLines, children: [body(`${text.addressee}：`)] }),
    ...text.paragraphs.map(
      (paragraph) =>
        new Paragraph({
          alignment: AlignmentType.BOTH,
          spacing: exactLines,
          indent: { firstLine: GB_T_9704.firstLineIndentTwips },
          children: [body(paragraph)],
        }),
    ),
    new Paragraph({ spacing: exactLines, children: [] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: exactLines, indent: { right: indents.issuerRightTwips }, children: [body(text.issuer)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: exactLines, indent: { right: indents.dateRightTwips }, children: [body(date)] }),
  ];
  const document = new Document({
    title: text.title,
    creator: text.issuer,
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(page.width), height: convertMillimetersToTwip(page.height) },
            margin: {
              top: convertMillimetersToTwip(margin.top),
              bottom: convertMillimetersToTwip(margin.bottom),
              left: convertMillimetersToTwip(margin.left),
              right: convertMillimetersToTwip(margin.right),
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
