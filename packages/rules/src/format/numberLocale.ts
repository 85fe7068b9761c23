import type { Lang } from '../i18n/lang';

/** How each language marks a rounded figure: "~3.5K", "약 3,500" (grouping is the same, large counts are not: 150M / 1.5억). */
export const APPROX_MARK: Readonly<Record<Lang, string>> = { en: '~', ko: '약 ' };
