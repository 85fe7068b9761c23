/** ANSI colours, or none when the output is not a terminal (or NO_COLOR is set), so pipes get plain text. */
export interface Colour {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

/**
 * @example colourFor(process.stdout.isTTY === true).red('error')
 */
export function colourFor(enabled: boolean): Colour {
  if (!enabled) return { red: plain, yellow: plain, blue: plain, dim: plain, bold: plain };
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
