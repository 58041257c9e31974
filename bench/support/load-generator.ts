// The load generator of the HTTP benchmarks runs in a child process (the same bench file, forked with
// BENCH_LOAD_GENERATOR=1), so autocannon never shares the measured server's event loop.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** True in the forked child: the bench file should serve load jobs instead of running its main. */
export const IS_LOAD_GENERATOR = process.env.BENCH_LOAD_GENERATOR === '1';

export interface LoadGenerator<TJob, TFigures> {
  run(job: TJob): Promise<TFigures>;
  stop(): void;
}

/** Forks `benchFileUrl` (pass `import.meta.url`) as the load generator and waits until it is ready. */
export async function startLoadGenerator<TJob, TFigures>(
  benchFileUrl: string,
): Promise<LoadGenerator<TJob, TFigures>> {
  const child = fork(fileURLToPath(benchFileUrl), [], {
    execArgv: process.execArgv, // tsx's loader
    env: { ...process.env, BENCH_LOAD_GENERATOR: '1' },
  });
  await new Promise<void>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`load generator exited with ${code}`));
    child.once('exit', onExit);
    child.once('message', () => {
      child.off('exit', onExit);
      resolve();
    });
  });
  return {
    run: (job) =>
      new Promise((resolve, reject) => {
        const onExit = (code: number | null) => reject(new Error(`load generator exited with ${code}`));
        child.once('exit', onExit);
        child.once('message', (message: { ok: boolean; figures?: TFigures; error?: string }) => {
          child.off('exit', onExit);
          if (message.ok && message.figures) resolve(message.figures);
          else reject(new Error(`load generator failed: ${message.error}`));
        });
        child.send(job as object);
      }),
    stop: () => child.kill(),
  };
}

/** In the child: runs each job the parent sends and answers with its figures; exits with the parent. */
export function serveLoadJobs<TJob, TFigures>(runLoad: (job: TJob) => Promise<TFigures>): void {
  process.on('message', (job: TJob) => {
    runLoad(job).then(
      (figures) => process.send?.({ ok: true, figures }),
      (error: unknown) => process.send?.({ ok: false, error: String(error) }),
    );
  });
  process.on('disconnect', () => process.exit(0)); // the parent is gone
  process.send?.({ ready: true });
}
