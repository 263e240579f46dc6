import { Inject, Injectable } from '@nestjs/common';
import { STEWARD_CONFIG, type StewardConfig } from '../../config/config';
import type { JobHandlerMap, JobHandlerSet } from '../../platform/jobs/job-handlers';
import type { ScheduledRun } from '../../platform/jobs/job-payloads';
import type { JobSchedule } from '../../platform/jobs/job-schedule';
import { DeliverySweeper } from './delivery-sweeper';

declare module '../../platform/jobs/job-payloads' {
  interface JobPayloads {
    /** Holds sends a crashed worker left behind and re-queues lost ones (delivery-sweeper.ts). */
    'delivery.sweep': ScheduledRun;
  }
}

/** The sweep, on a clock: one run per tick across all workers. */
@Injectable()
export class DeliverySweepJobs implements JobHandlerSet<'delivery.sweep'> {
  readonly schedules: readonly JobSchedule<'delivery.sweep'>[];

  constructor(
    private readonly sweeper: DeliverySweeper,
    @Inject(STEWARD_CONFIG) config: StewardConfig,
  ) {
    this.schedules = [sweepSchedule(config.acknowledgements.sendingLeaseSeconds)];
  }

  readonly handlers: JobHandlerMap<'delivery.sweep'> = {
    'delivery.sweep': () => this.sweeper.sweep(),
  };
}

/**
 * Every minute, or every half lease when the lease is shorter: an abandoned send is then held soon
 * after its lease ends (the admin's e2e runs with a 10 s lease and waits for that). The crontab
 * counts in minutes, so a shorter period repeats through a keyed job (platform/jobs/job-schedule.ts).
 */
export function sweepSchedule(sendingLeaseSeconds: number): JobSchedule<'delivery.sweep'> {
  const everySeconds = sendingLeaseSeconds / 2;
  return everySeconds >= 60
    ? { job: 'delivery.sweep', cron: '* * * * *' }
    : { job: 'delivery.sweep', everySeconds };
}
