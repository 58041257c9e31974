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
  /** pg-boss queue policy; `short` keeps at most one queued job per singleton key (used to coalesce kicks). */
  policy?: 'standard' | 'short';
  /**
   * Jobs fetched per poll (default 1). pg-boss waits a polling interval between fetches, so a queue that
   * receives one job per item (e.g. per response) needs batches to keep up with bursts.
   */
  batchSize?: number;
}

/** What a sender needs to know of a job: its queue and payload schema (the handler lives elsewhere). */
export type JobSpec<TPayload> = Pick<JobDefinition<TPayload>, 'name' | 'payload'>;

export function defineJob<TPayload>(definition: JobDefinition<TPayload>): JobDefinition<TPayload> {
  return definition;
}

export interface JobQueue {
  send<TPayload>(job: JobSpec<TPayload>, payload: TPayload, options?: SendOptions): Promise<void>;
}

export interface SendOptions {
  /** At most one queued job with this key at a time. */
  singletonKey?: string;
  /** Run no earlier than this (a delay, e.g. "24 hours after the event"). */
  startAfter?: Date;
}

/** pg-boss on the app's own database (PGlite or PostgreSQL alike), with every job from one registry. */
export class JobRunner implements JobQueue {
  private readonly boss: PgBoss;
  private started = false;
  private registry: JobDefinition<never>[] = [];

  constructor(
    connectionString: string,
    private readonly logger: Logger,
    /** How often idle workers look for jobs; tests use a short interval to keep waits short. */
    private readonly pollingIntervalSeconds = 2,
  ) {
    this.boss = new PgBoss({ connectionString, max: 4, schema: 'pgboss' });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
  }

  /** Jobs are registered after the app context exists, since their handlers use it. */
  register(jobs: JobDefinition<never>[]): void {
    this.registry = jobs;
  }

  async start(options: { work: boolean; schedule: boolean }): Promise<void> {
    await this.boss.start();
    this.started = true;
    // Idempotent set-up: only missing queues are created (pg-boss's create_queue attaches a partition, and
    // concurrent ones deadlock; the caller serialises start-up across processes with an advisory lock).
    const existing = new Set((await this.boss.getQueues()).map((queue) => queue.name));
    for (const job of this.registry) {
      if (existing.has(job.name)) continue;
      await this.boss.createQueue(job.name, {
        name: job.name,
        retryLimit: 5,
        retryBackoff: true,
        policy: job.policy ?? 'standard',
      });
    }
    if (options.work) {
      for (const job of this.registry) {
        await this.boss.work(
          job.name,
          { pollingIntervalSeconds: this.pollingIntervalSeconds, batchSize: job.batchSize ?? 1 },
          async (batch) => {
            for (const item of batch) {
              const payload = job.payload.parse(item.data);
              await job.handler(payload as never);
            }
          },
        );
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
    options: SendOptions = {},
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
