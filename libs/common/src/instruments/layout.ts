/**
 * The page of an official document after GB/T 9704-2012 (党政机关公文格式): A4, a type area of
 * 156 mm × 225 mm set 37 mm from the top and 28 mm from the binding edge, 22 lines of 28
 * characters in 3号仿宋, the title in 2号小标宋.
 */
export const GB_T_9704 = {
  pageMillimetres: { width: 210, height: 297 },
  marginMillimetres: { top: 37, bottom: 35, left: 28, right: 26 },
  /** Half-points, as Word counts them: 3号 = 16 pt, 2号 = 22 pt. */
  bodySize: 32,
  titleSize: 44,
  bodyFont: '仿宋_GB2312',
  titleFont: '方正小标宋简体',
  /** 225 mm over 22 lines, in twentieths of a point (28.95 pt a line). */
  lineTwips: 579,
  /** The body's first line stands in by two characters of 16 pt. */
  firstLineIndentTwips: 640,
  /** The date ends four characters from the right edge of the type area. */
  dateRightIndentTwips: 1280,
} as const;

/** The media type of the instruments' files (Word 2007+). */
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
