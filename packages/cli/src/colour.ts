import { styleText } from 'node:util';

/** The styles the text report uses; plain when the caller decided against colour. */
export interface Colour {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

type Style = Parameters<typeof styleText>[0];

// The caller has already decided (main.ts: stdout a terminal, no NO_COLOR); Node 20.18+ would
// otherwise look at process.stdout itself, and older Node 20 not at all.
const style = (format: Style) => (text: string) => styleText(format, text, { validateStream: false });
const plain = (text: string) => text;

/**
 * @example colourFor(process.stdout.isTTY === true).red('error')
 */
export function colourFor(enabled: boolean): Colour {
  if (!enabled) return { red: plain, yellow: plain, blue: plain, dim: plain, bold: plain };
  return { red: style('red'), yellow: style('yellow'), blue: style('blue'), dim: style('dim'), bold: style('bold') };
}
