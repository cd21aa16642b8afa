import { main } from '../cli/main';
import { servesAnalyses } from './analysisWorker';

if (!servesAnalyses()) runCommand();

function runCommand(): void {
  // A reader that stops early (`check | head -1`) closes the pipe: what is left to write has no
  // reader, which is no failure of the run. Its exit code stays the one its findings give.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }

  main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    // Analysis workers run this same program; whether it came through its launcher or not.
    program: process.argv[1],
  }).then(
    (exitCode) => {
      process.exitCode = exitCode;
    },
    (error: unknown) => {
      process.stderr.write(
        `error-catalog: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 2;
    },
  );
}
