import { catalogueEn } from './catalogue.en';
import { catalogueKo } from './catalogue.ko';
import { cliEn } from './cli.en';
import { cliKo } from './cli.ko';
import { designTextEn } from './designText.en';
import { designTextKo } from './designText.ko';
import { documentsEn } from './documents.en';
import { documentsKo } from './documents.ko';
import { errorsEn } from './errors.en';
import { errorsKo } from './errors.ko';
import type { Lang } from './lang';
import { latencyCostEn } from './latencyCost.en';
import { latencyCostKo } from './latencyCost.ko';
import { rulesEn } from './rules.en';
import { rulesKo } from './rules.ko';
import { scenarioEn, scenarioRulesEn } from './scenario.en';
import { scenarioKo, scenarioRulesKo } from './scenario.ko';
import type { Shape, TextPath } from './shape';
import { templatesEn } from './templates.en';
import { templatesKo } from './templates.ko';
import { wordsEn } from './words.en';
import { wordsKo } from './words.ko';

/**
 * Every text the rules package, the server and the CLI say to a person, in English. Nested the way
 * i18next reads a namespace (`{{param}}` placeholders), so the web app can register it as is.
 */
export const en = {
  ...wordsEn,
  rules: { ...rulesEn, ...scenarioRulesEn },
  ...scenarioEn,
  ...catalogueEn,
  templates: templatesEn,
  ...documentsEn,
  ...cliEn,
  ...designTextEn,
  ...errorsEn,
  ...latencyCostEn,
};

/** The same texts in Korean; its type makes a key missing in either language a compile error. */
export const ko: Messages = {
  ...wordsKo,
  rules: { ...rulesKo, ...scenarioRulesKo },
  ...scenarioKo,
  ...catalogueKo,
  templates: templatesKo,
  ...documentsKo,
  ...cliKo,
  ...designTextKo,
  ...errorsKo,
  ...latencyCostKo,
};

export type Messages = Shape<typeof en>;
/** A text's dotted path, e.g. `'rules.dns-target.title'` or `'kinds.cache.name'`. */
export type MessageKey = TextPath<typeof en>;

/**
 * Both languages by code: what `translate` reads and what the web app registers as an i18next
 * namespace (`i18next.addResourceBundle(lang, 'rules', RESOURCES[lang])`).
 */
export const RESOURCES: Readonly<Record<Lang, Messages>> = { en, ko };
