import type { BrowserContext, Page } from '@playwright/test';
import { RESOURCES } from '@scaleboard/rules';
import { en } from '../../apps/web/src/i18n/en';
import { ko } from '../../apps/web/src/i18n/ko';
import { resourceLeaves, type ResourceTree } from '../../apps/web/src/i18n/resourceLeaves';

/**
 * Turns on the app's strict key mode in this context (apps/web/src/i18n/i18n.ts: no fallback to
 * English, a missing key is a console error) and collects every key the pages miss.
 */
export async function watchMissingKeys(context: BrowserContext, page: Page): Promise<string[]> {
  await context.addInitScript(() => localStorage.setItem('scaleboard.i18n.strict', 'on'));
  const missing: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith('i18n: missing key')) missing.push(message.text());
  });
  return missing;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A resource's English texts that Korean says differently, as whole-text matchers: a template
 * like "Add {{kind}}" matches "Add Cache". Templates with no English word of their own (such as
 * "{{label}}, {{kind}}") are left out, as they would match Korean text too.
 */
function englishMatchers(english: ResourceTree, korean: ResourceTree): RegExp[] {
  const koreanTexts = resourceLeaves(korean);
  const matchers: RegExp[] = [];
  for (const [key, text] of resourceLeaves(english)) {
    if (koreanTexts.get(key) === text) continue;
    const literal = text.replace(/\{\{\s*\w+\s*\}\}/g, ' ');
    if (!/[A-Za-z]{3,}/.test(literal)) continue;
    const pattern = text
      .split(/\{\{\s*\w+\s*\}\}/)
      .map(escape)
      .join('.+');
    matchers.push(new RegExp(`^${pattern}$`));
  }
  return matchers;
}

/**
 * Every English text a Korean screen must not show: the web app's chrome, and what the rules
 * package writes (kind and property names, finding titles, messages and fixes, catalogue,
 * templates, interview words).
 */
const ENGLISH_TEXT: RegExp[] = [...englishMatchers(en, ko), ...englishMatchers(RESOURCES.en, RESOURCES.ko)];

/**
 * English on the page: every text node and accessible text attribute that reads exactly as an
 * English string of the web app's or the rules package's resources — findings included. Board
 * content (labels people typed) is left out by design.
 */
export async function englishText(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    // Labels on the canvas are typed by people.
    const skip = (element: Element | null) => Boolean(element?.closest('.react-flow__node, .react-flow__edge'));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue?.trim();
      if (text && !skip(node.parentElement)) out.push(text);
    }
    for (const element of Array.from(document.body.querySelectorAll('[aria-label], [title], [placeholder], [aria-description]'))) {
      if (skip(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-description']) {
        const value = element.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
  return [...new Set(texts.filter((text) => ENGLISH_TEXT.some((matcher) => matcher.test(text))))];
}
