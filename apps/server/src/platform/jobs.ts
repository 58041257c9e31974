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
  /**
   * Runs a whole fetched batch at once (e.g. merges many small jobs into one pass with batched SQL);
   * without it, `handler` runs once per job. Must be as idempotent as `handler`.
   */
  handleBatch?: (payloads: TPayload[]) => Promise<void>;
  /** Workers for this queue in one process (default 1); each fetches its own batches. */
  concurrency?: number;
  /**
   * Someone waits for this job (a detractor for a case, an integrator for a webhook): a job queued by this
   * process wakes its idle workers of the queue at once instead of at their next poll.
   */
  isUrgent?: boolean;
  /** How often an idle worker looks for jobs other processes queued (default: the runner's interval). */
  pollingIntervalSeconds?: number;
}

/** What a sender needs to know of a job: its queue and payload schema (the handler lives elsewhere). */
export type JobSpec<TPayload> = Pick<JobDefinition<TPayload>, 'name' | 'payload'>;

export function defineJob<TPayload>(definition: JobDefinition<TPayload>): JobDefinition<TPayload> {
  return definition;
}

export interface JobQueue {
  send<TPayload>(job: JobSpec<TPayload>, payload: TPayload, options?: SendOptions): Promise<void>;
  /** Queues many jobs of one queue in one statement (no singleton keys: for `standard` queues). */
  sendMany<TPayload>(
    job: JobSpec<TPayload>,
    payloads: TPayload[],
    options?: { startAfter?: Date },
  ): Promise<void>;
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
  /** This process's pg-boss worker ids per urgent queue (woken when a job is queued here). */
  private readonly urgentWorkers = new Map<string, string[]>();

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
      for (const job of this.registry) await this.startWorkers(job);
    }
    if (options.schedule) {
      for (const job of this.registry.filter((j) => j.schedule)) {
        await this.boss.schedule(job.name, job.schedule as string, {});
      }
    }
  }

  /**
   * Workers of one queue. pg-boss waits a polling interval after every fetch, even one that filled the
   * batch; a worker whose batch was full asks for the next one at once, so a backlog drains at the speed
   * of the handler rather than one batch per interval. Not for one-job batches: those queues take coalesced
   * kicks (rollups, sweeps), where a full batch says nothing about a backlog, and re-running them back to
   * back during a burst (a rollup refresh recomputes the day's slice) would take the burst's CPU.
   */
  private async startWorkers(job: JobDefinition<never>): Promise<void> {
    const batchSize = job.batchSize ?? 1;
    const ids: string[] = [];
    for (let n = 0; n < (job.concurrency ?? 1); n++) {
      let id: string | undefined;
      id = await this.boss.work(
        job.name,
        { pollingIntervalSeconds: job.pollingIntervalSeconds ?? this.pollingIntervalSeconds, batchSize },
        async (batch) => {
          const payloads = batch.map((item) => job.payload.parse(item.data));
          if (job.handleBatch) await job.handleBatch(payloads);
          else for (const payload of payloads) await job.handler(payload);
          if (batchSize > 1 && batch.length === batchSize && id) this.boss.notifyWorker(id);
        },
      );
      ids.push(id);
    }
    if (job.isUrgent) this.urgentWorkers.set(job.name, ids);
  }

  /** Wakes this process's workers of an urgent queue (a job was just queued here) instead of waiting for their poll. */
  private wake(name: string): void {
    for (const id of this.urgentWorkers.get(name) ?? []) this.boss.notifyWorker(id);
  }

  async send<TPayload>(
    job: JobDefinition<TPayload>,
    payload: TPayload,
    options: SendOptions = {},
  ): Promise<void> {
    if (!this.started) throw new Error(`Job queue not started; cannot send ${job.name}`);
    await this.boss.send(job.name, job.payload.parse(payload) as object, options);
    if (!options.startAfter) this.wake(job.name);
  }

  async sendMany<TPayload>(
    job: JobDefinition<TPayload>,
    payloads: TPayload[],
    options: { startAfter?: Date } = {},
  ): Promise<void> {
    if (!this.started) throw new Error(`Job queue not started; cannot send ${job.name}`);
    if (payloads.length === 0) return;
    await this.boss.insert(
      payloads.map((payload) => ({
        name: job.name,
        data: job.payload.parse(payload) as object,
        ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      })),
    );
    if (!options.startAfter) this.wake(job.name);
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 5_000 });
  }
}
