import { Global, Module } from '@nestjs/common';
import { JOB_QUEUE } from '@steward/domain';
import { GraphileJobQueue } from './graphile-job-queue';

/** The queue interface, available everywhere; the worker itself is started by the application. */
@Global()
@Module({ providers: [{ provide: JOB_QUEUE, useClass: GraphileJobQueue }], exports: [JOB_QUEUE] })
export class JobsModule {}
