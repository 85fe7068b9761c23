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

interface Args {
  command: string;
  file: string;
  format: Format;
}

function parseArgs(argv: readonly string[]): Args | string {
  const positional: string[] = [];
  let format: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format') format = argv[++i];
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  const [command, file, ...extra] = positional;
  if (command !== 'check' && command !== 'estimate') return command ? `unknown command ${command}` : 'missing command';
  if (!file) return `${command} needs a file`;
  if (extra.length > 0) return `unexpected argument ${extra[0]}`;
  if (format !== undefined && format !== 'json' && format !== 'text') return `--format must be json or text, not ${format ?? '(nothing)'}`;
  return { command, file, format: (format as Format | undefined) ?? 'text' };
}

/**
 * Runs the CLI and returns the exit code. Nothing goes to stdout unless the command succeeded, so
 * a script never mistakes an error for a result.
 *
 * @example process.exitCode = await run(process.argv.slice(2), io);
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`scaleboard: ${args}\n\n${USAGE}`);
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
