import type { Lang } from './lang';
import { RESOURCES, type MessageKey } from './resources';

/** Values a text's `{{placeholders}}` take. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A text to say, not yet in a language: what rules return and `translate` renders. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

function lookup(lang: Lang, key: string): string | undefined {
  let node: unknown = RESOURCES[lang];
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The text of `key` in `lang` with its `{{placeholders}}` filled in (i18next's syntax, so the web
 * app's i18next and this give the same text). Never throws: an unknown key (a rule id from a
 * newer version) comes back as the key itself, an unknown placeholder stays as written.
 *
 * @example translate('ko', 'rules.queue-without-producer.message', { name: '"jobs"' }) // '"jobs": 메시지를 발행하는 곳이 없습니다.'
 */
export function translate(lang: Lang, key: MessageKey | (string & {}), params: MessageParams = {}): string {
  const text = lookup(lang, key) ?? lookup('en', key) ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/**
 * @example say('en', { key: 'rules.dns-target.fix' })
 */
export function say(lang: Lang, message: Message): string {
  return translate(lang, message.key, message.params);
}
