import { run } from './run';

// The only place that touches the process: everything else takes its I/O as arguments.
process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  colour: process.stdout.isTTY === true && !process.env.NO_COLOR,
  env: process.env,
});
