import { parseArgs } from 'node:util';
import { DEFAULT_LANG, isLang, langOfLocale, LANGS, translate, type Lang, type ScenarioParams } from '@scaleboard/rules';
import { DESIGN_FORMATS, type DesignFormat } from '@scaleboard/board';
import { colourFor, type Colour } from './colour';
import { check, convert, estimateFile, simulateFile, type Format, type Outcome } from './commands';
import { InputError } from './readJson';

export const USAGE = `Usage:
  scaleboard check BOARD.json [--format json|text] [--lang ko|en]        findings, estimate and load of a board
  scaleboard estimate ASSUMPTIONS.json [--format json|text] [--lang ko|en]  the back-of-the-envelope estimate alone
  scaleboard simulate BOARD.json [--fail ID[,ID…]] [--traffic FACTOR] [--hit-ratio ID=R[,ID=R…]]
                    [--format json|text] [--lang ko|en]               the report under a what-if drill
    --fail       components, instances (ID#K) or groups that die; repeatable
    --traffic    multiply every request rate (0 < FACTOR ≤ 1000)
    --hit-ratio  a cache's or CDN's hit ratio (0–1) in place of its own; repeatable
  scaleboard convert FILE --to json|mermaid|text [--from json|mermaid|text]  a design in another format, on stdout

check, simulate and convert read a board file (JSON), a Mermaid flowchart or the text format (docs/text-format.md);
the format is read from the file unless --from names it.

Language: --lang, else LC_ALL, LC_MESSAGES or LANG (ko_KR.UTF-8 → ko), else English.

Exit codes: 0 no error finding, 1 an error finding (check, simulate), 2 unreadable or invalid input
(a bad id or factor for simulate).
`;

/** Where the CLI writes; injected so the exit-code logic is one function. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  colour: boolean;
  /** The locale variables the language falls back to (`LC_ALL`, `LC_MESSAGES`, `LANG`). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** What the command line asks for. */
type CommandLine =
  | { kind: 'run'; command: 'check' | 'estimate'; file: string; format: Format; lang: Lang }
  | { kind: 'run'; command: 'simulate'; file: string; format: Format; lang: Lang; scenario: ScenarioParams }
  | { kind: 'convert'; file: string; to: DesignFormat; from: DesignFormat | undefined; lang: Lang }
  | { kind: 'help' }
  | { kind: 'wrong'; message: string };

const OPTIONS = {
  format: { type: 'string' },
  to: { type: 'string' },
  from: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  fail: { type: 'string', multiple: true },
  traffic: { type: 'string' },
  'hit-ratio': { type: 'string', multiple: true },
} as const;
/** The options only a what-if drill takes. */
const SCENARIO_OPTIONS = ['fail', 'traffic', 'hit-ratio'] as const;

/**
 * The language of the environment, as POSIX orders it: `LC_ALL` overrides `LC_MESSAGES`, which
 * overrides `LANG`; the first one set decides (a `C` or `fr_FR` locale means English).
 */
function envLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return langOfLocale(locale) ?? DEFAULT_LANG;
}

function readCommandLine(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CommandLine {
  const wrong = (message: string): CommandLine => ({ kind: 'wrong', message });
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // An unknown option or an option without its value. Node's first sentence names it; the rest
    // explains `--` for positionals that start with a dash, which no board file name needs.
    if ((error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS_')) return wrong((error as Error).message.split('. ')[0]!);
    throw error;
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, file, ...extra] = positionals;
  if (command !== 'check' && command !== 'estimate' && command !== 'simulate' && command !== 'convert') return wrong(command ? `unknown command ${command}` : 'missing command');
  if (!file) return wrong(`${command} needs a file`);
  if (extra.length > 0) return wrong(`unexpected argument ${extra[0]}`);
  if (command === 'convert') return convertLine(file, values, env);
  if (values.to !== undefined || values.from !== undefined) return wrong(`--to and --from are options of convert, not ${command}`);
  const format = values.format ?? 'text';
  if (format !== 'json' && format !== 'text') return wrong(`--format must be json or text, not ${JSON.stringify(format)}`);
  const lang = values.lang ?? envLang(env);
  if (!isLang(lang)) return wrong(translate(envLang(env), 'cli.badLang', { langs: LANGS.join(', '), lang: JSON.stringify(lang) }));
  if (command !== 'simulate') {
    const misplaced = SCENARIO_OPTIONS.find((name) => values[name] !== undefined);
    if (misplaced) return wrong(`--${misplaced} is for simulate, not ${command}`);
    return { kind: 'run', command, file, format, lang };
  }
  const scenario: ScenarioParams = {
    ...(values.fail ? { fail: values.fail } : {}),
    ...(values.traffic !== undefined ? { traffic: values.traffic } : {}),
    ...(values['hit-ratio'] ? { hitRatio: values['hit-ratio'] } : {}),
  };
  return { kind: 'run', command, file, format, lang, scenario };
}

function runCommand(args: Extract<CommandLine, { kind: 'run' }>, colour: Colour): Promise<Outcome> {
  switch (args.command) {
    case 'check':
      return check(args.file, args.format, colour, args.lang);
    case 'estimate':
      return estimateFile(args.file, args.format, colour, args.lang);
    case 'simulate':
      return simulateFile(args.file, args.scenario, args.format, colour, args.lang);
  }
}

function isDesignFormat(value: string): value is DesignFormat {
  return (DESIGN_FORMATS as readonly string[]).includes(value);
}

function convertLine(file: string, values: { to?: string; from?: string; lang?: string; format?: string }, env: Readonly<Record<string, string | undefined>>): CommandLine {
  const wrong = (message: string): CommandLine => ({ kind: 'wrong', message });
  const formats = DESIGN_FORMATS.join(', ');
  if (values.format !== undefined) return wrong('convert takes --to, not --format');
  if (values.to === undefined) return wrong(`convert needs --to (${formats})`);
  if (!isDesignFormat(values.to)) return wrong(`--to must be one of ${formats}, not ${JSON.stringify(values.to)}`);
  if (values.from !== undefined && !isDesignFormat(values.from)) return wrong(`--from must be one of ${formats}, not ${JSON.stringify(values.from)}`);
  const lang = values.lang ?? envLang(env);
  if (!isLang(lang)) return wrong(translate(envLang(env), 'cli.badLang', { langs: LANGS.join(', '), lang: JSON.stringify(lang) }));
  return { kind: 'convert', file, to: values.to, from: values.from as DesignFormat | undefined, lang };
}

/**
 * Runs the CLI and returns the exit code. Nothing goes to stdout unless the command succeeded, so
 * a script never mistakes an error for a result.
 *
 * @example process.exitCode = await run(process.argv.slice(2), io);
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = readCommandLine(argv, io.env ?? {});
  if (args.kind === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (args.kind === 'wrong') {
    io.stderr(`scaleboard: ${args.message}\n\n${USAGE}`);
    return 2;
  }
  try {
    if (args.kind === 'convert') {
      const outcome = await convert(args.file, args.to, args.from, args.lang);
      io.stdout(outcome.stdout);
      return outcome.code;
    }
    const outcome = await runCommand(args, colourFor(io.colour && args.format === 'text'));
    io.stdout(outcome.stdout);
    return outcome.code;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`scaleboard: ${error.message}\n`);
    return 2;
  }
}
