import { Module } from '@nestjs/common';
import { JobsModule } from '../platform/jobs/jobs.module';
import { HealthController } from './health.controller';

@Module({ imports: [JobsModule], controllers: [HealthController] })
export class HealthModule {}
