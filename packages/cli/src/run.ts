import { parseArgs } from 'node:util';
import { colourFor } from './colour';
import { check, estimateFile, type Format } from './commands';
import { InputError } from './readJson';

export const USAGE = `Usage:
  scaleboard check BOARD.json [--format json|text]        findings, estimate and load of a board
  scaleboard estimate ASSUMPTIONS.json [--format json|text]  the back-of-the-envelope estimate alone

Exit codes: 0 no error finding, 1 an error finding (check), 2 unreadable or invalid input.
`;

/** Where the CLI writes; injected so the exit-code logic is one function. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  colour: boolean;
}

/** What the command line asks for. */
type CommandLine =
  | { kind: 'run'; command: 'check' | 'estimate'; file: string; format: Format }
  | { kind: 'help' }
  | { kind: 'wrong'; message: string };

const OPTIONS = { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

function readCommandLine(argv: readonly string[]): CommandLine {
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
  if (command !== 'check' && command !== 'estimate') return wrong(command ? `unknown command ${command}` : 'missing command');
  if (!file) return wrong(`${command} needs a file`);
  if (extra.length > 0) return wrong(`unexpected argument ${extra[0]}`);
  const format = values.format ?? 'text';
  if (format !== 'json' && format !== 'text') return wrong(`--format must be json or text, not ${JSON.stringify(format)}`);
  return { kind: 'run', command, file, format };
}

/**
 * Runs the CLI and returns the exit code. Nothing goes to stdout unless the command succeeded, so
 * a script never mistakes an error for a result.
 *
 * @example process.exitCode = await run(process.argv.slice(2), io);
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = readCommandLine(argv);
  if (args.kind === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (args.kind === 'wrong') {
    io.stderr(`scaleboard: ${args.message}\n\n${USAGE}`);
    return 2;
  }
  const colour = colourFor(io.colour && args.format === 'text');
  try {
    const outcome = args.command === 'check' ? await check(args.file, args.format, colour) : await estimateFile(args.file, args.format, colour);
    io.stdout(outcome.stdout);
    return outcome.code;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`scaleboard: ${error.message}\n`);
    return 2;
  }
}
