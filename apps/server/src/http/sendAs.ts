import { extname } from 'node:path';
import { slug } from '@scaleboard/board';
import { create as contentDisposition } from 'content-disposition';
import type { Response } from 'express';

/**
 * Makes the response a download named after the board's title: `slug(title)` and `suffix` (e.g.
 * `-v3.scaleboard.json`), with the content type of its extension. The name keeps the title's script
 * (a Korean board downloads as `로드밸런서.svg`): it travels UTF-8 and percent-encoded in
 * `filename*` (RFC 6266, RFC 8187), which browsers prefer, and `filename` carries the title's ASCII
 * letters for older clients — express's `res.attachment` would put `?` in their place there.
 *
 * @example sendAs(res, file.title, '.svg').send(svg)
 */
export function sendAs(res: Response, title: string, suffix: string): Response {
  const name = `${slug(title)}${suffix}`;
  return res
    .type(extname(name))
    .set('Content-Disposition', contentDisposition(name, { fallback: `${slug(title, { ascii: true })}${suffix}` }));
}
