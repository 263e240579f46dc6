import { Logger } from '@nestjs/common';
import { parseCronItems, Logger as QueueLogger, run, type Runner, type TaskList } from 'graphile-worker';
import { Pool } from 'pg';
import type { JobHandlers } from './job-handlers';
import { JOB_SCHEDULE } from './job-schedule';

/**
 * Runs the job handlers in this process with Graphile Worker: LISTEN/NOTIFY wakes it within
 * milliseconds of a commit; polling is only the fallback.
 */
export class JobWorker {
  private readonly logger = new Logger('JobWorker');
  private runner?: Runner;
  private pool?: Pool;

  constructor(
    private readonly databaseUrl: string,
    private readonly handlers: JobHandlers,
    private readonly concurrency: number,
  ) {}

  async start(): Promise<void> {
    this.pool = new Pool({ connectionString: this.databaseUrl, max: this.concurrency + 2 });
    // An idle connection dropped by the server (restart, failover) must not crash the process.
    this.pool.on('error', (error) =>
      this.logger.warn({ msg: 'job queue connection lost', err: error.message }),
    );
    const taskList: TaskList = {};
    for (const [name, handler] of Object.entries(this.handlers)) {
      taskList[name] = async (payload) => handler(payload as never);
    }
    this.runner = await run({
      pgPool: this.pool,
      taskList,
      // Graphile's crontab: each due run is added once across all workers (keyed by identifier and time).
      parsedCronItems: parseCronItems(
        JOB_SCHEDULE.map((job) => ({
          task: job.name,
          match: job.match,
          options: { backfillPeriod: job.backfillMs },
        })),
      ),
      concurrency: this.concurrency,
      noHandleSignals: true,
      pollInterval: 2000,
      logger: new QueueLogger((scope) => (level, message) => {
        if (level === 'error') this.logger.error({ scope, msg: message });
        else if (level === 'warning') this.logger.warn({ scope, msg: message });
      }),
    });
    this.logger.log(`job worker started (concurrency ${this.concurrency})`);
  }

  /** Waits for in-flight jobs to finish, then releases the connections. */
  async stop(): Promise<void> {
    await this.runner?.stop();
    await this.pool?.end();
    this.runner = undefined;
    this.pool = undefined;
  }
}
