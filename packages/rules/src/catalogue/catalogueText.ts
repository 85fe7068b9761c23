import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/translate';
import type { NodeKind } from '../kinds';

/**
 * A kind's name as the palette and the findings say it.
 *
 * @example kindName('load-balancer', 'ko') // '로드밸런서'
 */
export function kindName(kind: NodeKind, lang: Lang): string {
  return translate(lang, `kinds.${kind}.name`);
}

/**
 * @example kindDescription('cache', 'en') // 'In-memory store between servers and the database: …'
 */
export function kindDescription(kind: NodeKind, lang: Lang): string {
  return translate(lang, `kinds.${kind}.description`);
}

/**
 * A property's label as the inspector shows it (`TTL`, not `ttlSeconds`); an unknown property
 * (kept from a newer file) is shown by its name.
 *
 * @example propLabel('ttlSeconds', 'en') // 'TTL'
 */
export function propLabel(name: string, lang: Lang): string {
  const key = `props.${name}.label`;
  const label = translate(lang, key);
  return label === key ? name : label;
}

/**
 * @example propDescription('instances', 'ko') // '한 이름 뒤의 동일한 사본. …'
 */
export function propDescription(name: string, lang: Lang): string {
  const key = `props.${name}.description`;
  const text = translate(lang, key);
  return text === key ? '' : text;
}

/**
 * A property's unit as the inspector writes it beside the field (`USD/월` in Korean); a unit with
 * no translation (QPS, GB, s) is written as it is.
 *
 * @example propUnit('USD/month', 'ko') // 'USD/월'
 */
export function propUnit(unit: string, lang: Lang): string {
  const key = `units.${unit}`;
  const text = translate(lang, key);
  return text === key ? unit : text;
}
