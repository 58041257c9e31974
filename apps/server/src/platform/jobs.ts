import PgBoss from 'pg-boss';
import type { z } from 'zod';
import type { Logger } from './logger';

export interface JobDefinition<TPayload> {
  /** Queue name, `area.action`. */
  name: string;
  /** Checked when the job runs: a payload from an older release that no longer fits fails loudly. */
  payload: z.ZodType<TPayload>;
  /** Must be idempotent: a job may run more than once. */
  handler: (payload: TPayload) => Promise<void>;
  /** Cron expression for the scheduler role, if the job also runs on a schedule. */
  schedule?: string;
}

export function defineJob<TPayload>(definition: JobDefinition<TPayload>): JobDefinition<TPayload> {
  return definition;
}

export interface JobQueue {
  send<TPayload>(
    job: JobDefinition<TPayload>,
    payload: TPayload,
    options?: { singletonKey?: string },
  ): Promise<void>;
}

/** pg-boss on the app's own database (PGlite or PostgreSQL alike), with every job from one registry. */
export class JobRunner implements JobQueue {
  private readonly boss: PgBoss;
  private started = false;

  constructor(
    connectionString: string,
    private readonly registry: JobDefinition<never>[],
    private readonly logger: Logger,
  ) {
    this.boss = new PgBoss({ connectionString, max: 4, schema: 'pgboss' });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
  }

  async start(options: { work: boolean; schedule: boolean }): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const job of this.registry) {
      await this.boss.createQueue(job.name, { name: job.name, retryLimit: 5, retryBackoff: true });
    }
    if (options.work) {
      for (const job of this.registry) {
        await this.boss.work(job.name, async (batch) => {
          for (const item of batch) {
            const payload = job.payload.parse(item.data);
            await job.handler(payload as never);
          }
        });
      }
    }
    if (options.schedule) {
      for (const job of this.registry.filter((j) => j.schedule)) {
        await this.boss.schedule(job.name, job.schedule as string, {});
      }
    }
  }

  async send<TPayload>(
    job: JobDefinition<TPayload>,
    payload: TPayload,
    options: { singletonKey?: string } = {},
  ): Promise<void> {
    if (!this.started) throw new Error(`Job queue not started; cannot send ${job.name}`);
    await this.boss.send(job.name, job.payload.parse(payload) as object, options);
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 5_000 });
  }
}
