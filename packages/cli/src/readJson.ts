import { readFile } from 'node:fs/promises';

/** A file the CLI could not use, with the message to print (it names the file). */
export class InputError extends Error {}

/**
 * Reads and parses a JSON file, turning every failure into an `InputError` naming the file.
 *
 * @example const value = await readJson('board.json');
 */
export async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read the file${code ? ` (${code})` : ''}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}
