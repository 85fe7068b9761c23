import type { Request, Response } from 'express';
import { DEFAULT_LANG, isLang, LANGS, type Lang } from '@scaleboard/rules';
import { HttpError } from './HttpError';

/**
 * The language a request asks its text in: `?lang=ko|en` first, then the best of ours in
 * `Accept-Language` (express's negotiation: `ko-KR,ko;q=0.9` → `ko`), else English. A `lang` that
 * is not one of ours is a 400, not a silent fallback, so a script learns its mistake. The answer
 * says which language it is in and that it varies with the header.
 *
 * @example res.json(report(file, { lang: requestLang(req, res) }))
 */
export function requestLang(req: Request, res: Response): Lang {
  const asked = req.query.lang;
  if (asked !== undefined && !isLang(asked)) throw new HttpError(400, 'bad-lang', `lang: the language is one of ${LANGS.join(', ')}.`, 'lang');
  const lang = negotiatedLang(req);
  res.vary('Accept-Language').set('content-language', lang);
  return lang;
}

/**
 * The language of a request as requestLang finds it, without refusing a bad `lang` (then the
 * header decides): for the error handler, which must answer whatever was asked.
 *
 * @example negotiatedLang(req) // 'ko' for `Accept-Language: ko-KR`
 */
export function negotiatedLang(req: Request): Lang {
  const asked = req.query.lang;
  if (isLang(asked)) return asked;
  const negotiated = req.acceptsLanguages(...LANGS);
  return isLang(negotiated) ? negotiated : DEFAULT_LANG;
}
