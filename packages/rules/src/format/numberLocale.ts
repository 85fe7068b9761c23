/** The languages numbers are written for: grouping is the same ("3,472.2"), large counts are not (150M / 1.5억). */
export type NumberLocale = 'en' | 'ko';

/** How each locale marks a rounded figure: "~3.5K", "약 3,500". */
export const APPROX_MARK: Readonly<Record<NumberLocale, string>> = { en: '~', ko: '약 ' };
