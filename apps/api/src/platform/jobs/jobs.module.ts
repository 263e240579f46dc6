import { Global, Module } from '@nestjs/common';
import { JOB_QUEUE } from '@steward/domain';
import { GraphileJobQueue } from './graphile-job-queue';
import { JobRunnersRepository } from './job-runners.repository';
import { WorkerStatus } from './worker-status';

/**
 * The queue interface, available everywhere, with the worker's status and bookkeeping for health;
 * the worker itself is started by the application.
 */
@Global()
@Module({
  providers: [{ provide: JOB_QUEUE, useClass: GraphileJobQueue }, WorkerStatus, JobRunnersRepository],
  exports: [JOB_QUEUE, WorkerStatus, JobRunnersRepository],
})
export class JobsModule {}
