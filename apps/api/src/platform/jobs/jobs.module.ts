import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { GraphileJobQueue } from './graphile-job-queue';
import type { AnyJobHandlerSet } from './job-handlers';
import { JOB_QUEUE } from './job-queue';
import { JOB_HANDLER_SETS, JobRegistry } from './job-registry';
import { JobRunnersRepository } from './job-runners.repository';
import { WorkerStatus } from './worker-status';

/**
 * The job queue platform, for any area that enqueues jobs or reports on them: the queue port
 * (Graphile Worker behind it), the worker's status and its bookkeeping. The worker itself is started
 * by the application (app.factory.ts) when STEWARD_ROLE gives this process that role.
 */
@Module({
  providers: [{ provide: JOB_QUEUE, useClass: GraphileJobQueue }, WorkerStatus, JobRunnersRepository],
  exports: [JOB_QUEUE, WorkerStatus, JobRunnersRepository],
})
export class JobsModule {}

/**
 * The app root's: composes every area's job handler sets into one registry, checked at boot (each
 * job exactly one handler). The sets themselves are provided by their areas' modules.
 */
@Module({})
export class JobRegistryModule {
  static forRoot(handlerSets: readonly Type<AnyJobHandlerSet>[]): DynamicModule {
    return {
      module: JobRegistryModule,
      providers: [{ provide: JOB_HANDLER_SETS, useValue: handlerSets }, JobRegistry],
      exports: [JobRegistry],
    };
  }
}
