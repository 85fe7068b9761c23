import { createReadStream } from 'node:fs';
import { MAX_BOARD_FILE_BYTES, jsonDeeperThan, tooDeep, translate, type Lang } from '@scaleboard/rules';

/** A file the CLI could not use, with the message to print (it names the file). */
export class InputError extends Error {}

/** The file's bytes, reading at most one past the limit: a larger file (or /dev/zero) is refused unread. */
async function readBytes(file: string, lang: Lang): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    // `end` counts from 0 and is inclusive: this reads MAX_BOARD_FILE_BYTES + 1 bytes at most.
    const stream: AsyncIterable<Buffer> = createReadStream(file, { end: MAX_BOARD_FILE_BYTES });
    for await (const chunk of stream) {
      chunks.push(chunk);
      size += chunk.length;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(translate(lang, 'cli.cannotRead', { file, code: code ?? '?' }));
  }
  if (size > MAX_BOARD_FILE_BYTES) throw new InputError(translate(lang, 'cli.tooLarge', { file, limit: MAX_BOARD_FILE_BYTES }));
  return Buffer.concat(chunks, size);
}

/**
 * Reads and parses a JSON file, turning every failure into an `InputError` naming the file. The
 * depth is checked on the text, before anything recursive (the parser, zod) walks it.
 *
 * @example const value = await readJson('board.json', 'en');
 */
export async function readJson(file: string, lang: Lang): Promise<unknown> {
  return parseJson(file, await readText(file, lang), lang);
}

/**
 * A file's text (UTF-8), refused unread past MAX_BOARD_FILE_BYTES.
 *
 * @example const text = await readText('design.mmd', 'en');
 */
export async function readText(file: string, lang: Lang): Promise<string> {
  return (await readBytes(file, lang)).toString('utf8');
}

/**
 * JSON text parsed, every failure an `InputError` naming the file.
 *
 * @example parseJson('board.json', '{"format":"scaleboard/v1"}', 'en')
 */
export function parseJson(file: string, text: string, lang: Lang): unknown {
  if (jsonDeeperThan(text)) throw new InputError(translate(lang, 'cli.tooDeep', { file, detail: tooDeep() }));
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(translate(lang, 'cli.notJson', { file, detail: (error as Error).message }));
  }
}
