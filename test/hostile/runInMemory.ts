import { main } from '../../server/src/cli/main';
import { MemoryHost } from '../../server/src/workspace/memoryHost';

export interface InMemoryRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in `/ws` of an in-memory file system (a host, or the files to make one of). */
export async function runInMemory(
  argv: string[],
  files: Record<string, string> | MemoryHost,
): Promise<InMemoryRun> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    cwd: '/ws',
    env: {},
  };
  const code = await main(argv, io, files instanceof MemoryHost ? files : new MemoryHost(files));
  return { code, stdout, stderr };
}
