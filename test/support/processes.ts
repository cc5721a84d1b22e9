import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
/** How a child runs the TypeScript sources without a build. */
export const FROM_SOURCE = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const running = new Set<ChildService>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * A process of ours (node with `args`, or another command), its recent output kept for failure messages, ended by
 * `stop` and, at the latest, when this process exits.
 */
export class ChildService {
  private readonly child: ChildProcess;
  readonly output: string[] = [];

  constructor(
    args: string[],
    env: Record<string, string | undefined>,
    options: { command?: string; keepLines?: number } = {},
  ) {
    this.child = spawn(options.command ?? process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > (options.keepLines ?? 200)) this.output.shift();
    };
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    running.add(this);
    this.child.once('exit', () => running.delete(this));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** Resolves on the first output chunk that matches, rejects if the process exits first. */
  waitForOutput(pattern: RegExp, timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms`)), timeoutMs);
      const onData = (chunk: Buffer) => {
        if (!pattern.test(chunk.toString())) return;
        clearTimeout(timer);
        resolve();
      };
      this.child.stdout!.on('data', onData);
      this.child.once('exit', (code) => reject(new Error(`exited with ${code}: ${this.output.join('')}`)));
    });
  }

  /** Resident set size in MB, from /proc. */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
  }

  kill(signal: NodeJS.Signals): void {
    if (!this.exited) this.child.kill(signal);
  }

  /** Ends it (`SIGKILL` gives it no chance to finish anything); a child that ignores SIGTERM is killed after `graceMs`. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}
