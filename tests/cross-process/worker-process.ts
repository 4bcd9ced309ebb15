/**
 * A host process forked for a cross-process test: runs a worker file under tsx with the
 * workspace sources, answers one command at a time over IPC, and can be stopped politely or
 * killed (SIGKILL, nothing cleaned up).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A forked worker process. */
export interface WorkerProcess<Command, Reply> {
  ask(command: Command): Promise<Reply>;
  /** Sends `exit` and waits until the process ended. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash or the OOM killer would; resolves once the process is gone. */
  kill(): Promise<void>;
}

/** Forks `file` (relative to the repository root) and waits for its first `{ type: 'ok' }`. */
export function forkWorker<Command, Reply>(
  file: string,
  exitCommand: Command,
): Promise<WorkerProcess<Command, Reply>> {
  const child: ChildProcess = fork(resolve(ROOT, file), [], {
    execArgv: ['--import', 'tsx', '--conditions=@fortnox-kit/source'],
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting: ((reply: Reply) => void)[] = [];
  child.on('message', (reply: Reply) => waiting.shift()?.(reply));
  const next = () => new Promise<Reply>((done) => waiting.push(done));
  const ended = () => new Promise((done) => child.once('exit', done));
  const worker: WorkerProcess<Command, Reply> = {
    ask(command) {
      const reply = next();
      child.send(command as object);
      return reply;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = ended();
      child.send(exitCommand as object);
      await exited;
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = ended();
      child.kill('SIGKILL');
      await exited;
    },
  };
  return new Promise((ready, fail) => {
    child.once('error', fail);
    next().then(() => ready(worker), fail);
  });
}

/** Asks `worker`; a reply `{ type: 'error' }` becomes a thrown error. */
export async function askOrFail<Command, Reply extends { type: string }>(
  worker: WorkerProcess<Command, Reply | { type: 'error'; message: string }>,
  command: Command,
): Promise<Exclude<Reply, { type: 'error' }>> {
  const answer = await worker.ask(command);
  if (answer.type === 'error') {
    throw new Error(`worker: ${(answer as { message?: string }).message ?? ''}`);
  }
  return answer as Exclude<Reply, { type: 'error' }>;
}
