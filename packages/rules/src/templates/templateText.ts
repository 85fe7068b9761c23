import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/translate';

/** A template's title and note in one language. */
export interface TemplateText {
  title: string;
  /** What this step adds and why, in the words of the domain note. */
  description: string;
}

/**
 * @example templateText('ch1-7-stateless-web-tier', 'ko').title // '7. 무상태 웹 계층'
 */
export function templateText(id: string, lang: Lang): TemplateText {
  return { title: translate(lang, `templates.${id}.title`), description: translate(lang, `templates.${id}.description`) };
}
