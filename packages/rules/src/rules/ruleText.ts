import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/translate';
import { VERTICAL_CEILING } from '../catalogue/catalogue';

/** What the docs and the findings panel say about a rule, in one language. */
export interface RuleText {
  title: string;
  /** The domain note's idea this rule comes from (DOMAIN.md chapter 1). */
  idea: string;
  /** Why it matters, in a few sentences. */
  explanation: string;
  /** The generic fix; a finding may name a more precise one. */
  fix: string;
}

/**
 * A rule's title, idea, explanation and generic fix in `lang`; an unknown rule id (from a newer
 * version) gets the id as its title.
 *
 * @example ruleText('single-point-of-failure', 'ko').title // '요청 경로의 단일 장애 지점(SPOF)'
 */
export function ruleText(id: string, lang: Lang): RuleText {
  const text = (part: keyof RuleText) => translate(lang, `rules.${id}.${part}`, VERTICAL_CEILING);
  const title = text('title');
  return { title: title === `rules.${id}.title` ? id : title, idea: text('idea'), explanation: text('explanation'), fix: text('fix') };
}
