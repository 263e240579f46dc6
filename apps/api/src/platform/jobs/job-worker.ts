import { Logger } from '@nestjs/common';
import { newId } from '@steward/domain';
import {
  parseCronItems,
  Logger as QueueLogger,
  run,
  type Runner,
  type Task,
  type TaskList,
  type WorkerEvents,
} from 'graphile-worker';
import { EventEmitter } from 'node:events';
import { Pool } from 'pg';
import type { RegisteredJob } from './job-registry';
import type { JobRunnersRepository } from './job-runners.repository';
import type { JobSchedule } from './job-schedule';
import type { WorkerStatus } from './worker-status';

/** What the worker runs: every job with its handler, and the schedules (the JobRegistry). */
export interface WorkerJobs {
  readonly all: ReadonlyMap<string, RegisteredJob>;
  readonly schedules: readonly JobSchedule[];
}

export interface JobWorkerOptions {
  concurrency: number;
  /** How often this process says it is alive; one silent for six beats is taken for dead. */
  heartbeatSeconds: number;
}

/** One Graphile Worker runner and what the supervisor knows of it. */
interface SupervisedRunner {
  runner: Runner;
  pool: Pool;
  workerIds: Set<string>;
  liveSlots: number;
  /** Set when the supervisor stops it on purpose: its slots stopping is then no trouble. */
  stopping: boolean;
}

const PAUSES_MS = [250, 500, 1000, 2000, 5000];

/**
 * Runs the job handlers in this process with Graphile Worker (LISTEN/NOTIFY wakes it within
 * milliseconds of a commit; polling is only the fallback), and keeps it running.
 *
 * Graphile Worker 0.16 drops a worker slot for good when it cannot record a job's outcome (the
 * database went away mid-job), and leaves that job locked for four hours. So the supervisor watches
 * every slot and the runner itself: when one stops, it stops the runner (live slots finish their
 * jobs), releases the jobs the dead slots held, and starts a new runner, retrying until the database
 * answers. A heartbeat row per process lets the live workers release the jobs of a process that died.
 */
export class JobWorker {
  private readonly logger = new Logger('JobWorker');
  private readonly runnerId = newId();
  private current?: SupervisedRunner;
  private restarting?: Promise<void>;
  private heartbeat?: NodeJS.Timeout;
  private heartbeatFailing = false;
  private stopped = false;
  private restarts = 0;

  constructor(
    private readonly databaseUrl: string,
    private readonly jobs: WorkerJobs,
    private readonly options: JobWorkerOptions,
    private readonly status: WorkerStatus,
    private readonly runners: JobRunnersRepository,
  ) {}

  async start(): Promise<void> {
    this.status.update({ state: 'starting', concurrency: this.options.concurrency, slots: 0 });
    this.current = await this.launch();
    this.status.update({ state: 'running', slots: this.current.liveSlots });
    this.logger.log(
      `job worker started: ${this.options.concurrency} slot(s), heartbeat every ${this.options.heartbeatSeconds} s`,
    );
    await this.beatAndReleaseDead();
    this.heartbeat = setInterval(() => void this.beatAndReleaseDead(), this.options.heartbeatSeconds * 1000);
    this.heartbeat.unref();
  }

  /** Waits for in-flight jobs to finish, then releases the connections. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.heartbeat);
    await this.restarting;
    const running = this.current;
    this.current = undefined;
    if (running) await this.shutDown(running);
    await this.runners.forget(this.runnerId).catch(() => undefined);
    this.status.update({ state: 'stopped', slots: 0 });
  }

  private async launch(): Promise<SupervisedRunner> {
    const pool = new Pool({ connectionString: this.databaseUrl, max: this.options.concurrency + 2 });
    // An idle connection dropped by the server (restart, failover) must not crash the process.
    pool.on('error', (error) => this.logger.warn({ msg: 'job queue connection lost', err: error.message }));
    const events = new EventEmitter() as WorkerEvents;
    const supervised = {
      pool,
      workerIds: new Set<string>(),
      liveSlots: 0,
      stopping: false,
    } as SupervisedRunner;
    events.on('worker:create', ({ worker }) => {
      supervised.workerIds.add(worker.workerId);
      supervised.liveSlots++;
    });
    events.on('worker:stop', ({ error }) => {
      supervised.liveSlots--;
      if (this.current === supervised) this.status.update({ slots: supervised.liveSlots });
      this.onTrouble(supervised, `a job worker slot stopped${error ? `: ${describe(error)}` : ''}`);
    });
    try {
      supervised.runner = await run({
        pgPool: pool,
        events,
        taskList: this.taskList(),
        // Graphile's crontab: each due run is added once across all workers (keyed by identifier and time).
        parsedCronItems: parseCronItems(
          this.jobs.schedules.flatMap((schedule) =>
            'cron' in schedule
              ? [
                  {
                    task: schedule.job,
                    match: schedule.cron,
                    options: { backfillPeriod: schedule.backfillMs ?? 0 },
                  },
                ]
              : [],
          ),
        ),
        concurrency: this.options.concurrency,
        noHandleSignals: true,
        pollInterval: 2000,
        logger: new QueueLogger((scope) => (level, message) => {
          if (level === 'error') this.logger.error({ scope, msg: message });
          else if (level === 'warning') this.logger.warn({ scope, msg: message });
        }),
      });
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    supervised.runner.promise.then(
      () => this.onTrouble(supervised, 'the job runner stopped'),
      (error: unknown) => this.onTrouble(supervised, `the job runner failed: ${describe(error)}`),
    );
    try {
      // A repeating job's chain may have been lost (its last run's worker died before adding the next,
      // or nothing ever started it): each start adds it again, once, under its key.
      for (const { job } of this.repeating()) {
        await supervised.runner.addJob(job, {}, { jobKey: repeatKey(job), jobKeyMode: 'preserve_run_at' });
      }
    } catch (error) {
      await this.shutDown(supervised);
      throw error;
    }
    return supervised;
  }

  private repeating(): { job: string; everySeconds: number }[] {
    return this.jobs.schedules.flatMap((s) => ('everySeconds' in s ? [s] : []));
  }

  private taskList(): TaskList {
    const repeatEvery = new Map(this.repeating().map((s) => [s.job, s.everySeconds]));
    const taskList: TaskList = {};
    for (const { name, handler } of this.jobs.all.values()) {
      const everySeconds = repeatEvery.get(name);
      taskList[name] =
        everySeconds === undefined
          ? (payload) => handler(payload)
          : this.repeatingTask(name, everySeconds, handler);
    }
    return taskList;
  }

  /** A job run every `everySeconds`: one pending run at a time under its key, across all workers. */
  private repeatingTask(job: string, everySeconds: number, handler: RegisteredJob['handler']): Task {
    return async (payload, helpers) => {
      // The next run first. This run holds the key; adding a job under it while this one is locked
      // gives the key to the new one, so the chain goes on whatever happens to this run, and two
      // chains (two workers starting at once) merge into one.
      await helpers.addJob(
        job,
        {},
        { jobKey: repeatKey(job), jobKeyMode: 'replace', runAt: new Date(Date.now() + everySeconds * 1000) },
      );
      try {
        await handler(payload);
      } catch (error) {
        // Not thrown: passing the key on made this run its own last attempt, so a failure would stay in
        // the queue for good; the next run, already queued, tries again.
        this.logger.error({ msg: `repeating job ${job} failed`, err: describe(error) });
      }
    };
  }

  /** A slot or the runner stopped without being asked: restart the runner (once at a time). */
  private onTrouble(supervised: SupervisedRunner, problem: string): void {
    if (supervised.stopping || this.stopped || this.current !== supervised || this.restarting) return;
    this.logger.warn({ msg: 'the job worker is not taking all its jobs; restarting its runner', problem });
    this.status.update({ state: 'restarting', lastProblem: problem });
    this.restarting = this.restart(supervised)
      .catch((error) => {
        // Only a stop in the middle of a restart ends up here.
        if (!this.stopped) this.logger.error({ msg: 'job worker restart abandoned', err: describe(error) });
      })
      .finally(() => {
        this.restarting = undefined;
        // A slot of the new runner that died while the restart was finishing was not acted on yet.
        const now = this.current;
        if (now && now.liveSlots < this.options.concurrency) this.onTrouble(now, 'a job worker slot stopped');
      });
  }

  private async restart(old: SupervisedRunner): Promise<void> {
    this.current = undefined;
    await this.shutDown(old);
    // The old runner's live slots have finished; only jobs its dead slots held can still be locked by
    // its worker ids. Release them now rather than after Graphile's four-hour lock timeout.
    await this.untilItWorks('release the jobs of the stopped runner', () =>
      this.runners.unlockWorkers([...old.workerIds]),
    );
    const next = await this.untilItWorks('start the job runner', () => this.launch());
    if (this.stopped) return this.shutDown(next);
    this.current = next;
    this.restarts++;
    this.status.update({ state: 'running', slots: next.liveSlots, restarts: this.restarts });
    this.logger.log(`job worker restarted (${this.restarts} restart(s) since this process started)`);
    await this.beatAndReleaseDead();
  }

  private async shutDown(supervised: SupervisedRunner): Promise<void> {
    supervised.stopping = true;
    await supervised.runner
      .stop()
      .catch((error) =>
        this.logger.warn({ msg: 'the job runner did not stop cleanly', err: describe(error) }),
      );
    await supervised.pool.end().catch(() => undefined);
  }

  /** Retries `attempt` with growing pauses until it works, or until the worker is stopped. */
  private async untilItWorks<T>(what: string, attempt: () => Promise<T>): Promise<T> {
    for (let failures = 0; ; failures++) {
      if (this.stopped) throw new Error(`stopped before it could ${what}`);
      try {
        return await attempt();
      } catch (error) {
        if (failures === 0)
          this.logger.warn({ msg: `could not ${what}; trying again`, err: describe(error) });
        await new Promise((resolve) =>
          setTimeout(resolve, PAUSES_MS[Math.min(failures, PAUSES_MS.length - 1)]),
        );
      }
    }
  }

  /** Says this process is alive, and releases the jobs of processes that stopped saying so. */
  private async beatAndReleaseDead(): Promise<void> {
    const running = this.current;
    if (!running || this.stopped) return;
    try {
      await this.runners.beat(this.runnerId, [...running.workerIds]);
      const dead = await this.runners.releaseDead(this.options.heartbeatSeconds * 6);
      if (dead > 0) this.logger.warn(`released the jobs of ${dead} worker process(es) that stopped beating`);
      if (this.heartbeatFailing) this.logger.log('job worker heartbeat restored');
      this.heartbeatFailing = false;
    } catch (error) {
      if (!this.heartbeatFailing)
        this.logger.warn({ msg: 'job worker heartbeat failed', err: describe(error) });
      this.heartbeatFailing = true;
    }
  }
}

/** The job key of a repeating job's pending run: one per job name across all workers. */
function repeatKey(job: string): string {
  return `repeat:${job}`;
}

/** An error's message only: queue and database errors, never payloads (which name donors' records). */
function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
