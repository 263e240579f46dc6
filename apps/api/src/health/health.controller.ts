import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { STEWARD_CONFIG, type StewardConfig } from '../config/config';
import { JobRunnersRepository } from '../platform/jobs/job-runners.repository';
import { WorkerStatus } from '../platform/jobs/worker-status';

class WorkerView {
  @ApiProperty({
    enum: ['starting', 'running', 'restarting', 'stopped', 'not-in-this-process'],
    example: 'running',
    description: 'the job worker of this process (`not-in-this-process` with STEWARD_ROLE=api)',
  })
  state: string;
  @ApiProperty({ example: 5, description: 'worker slots taking jobs now' }) slots: number;
  @ApiProperty({ example: 5 }) concurrency: number;
  @ApiProperty({ example: 0, description: 'times the runner was restarted since the process started' })
  restarts: number;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z', description: 'when it entered this state' })
  since: string;
  @ApiProperty({ required: false, description: 'why it last stopped taking jobs' }) lastProblem?: string;
}

class HealthView {
  @ApiProperty({ example: 'ok' }) status: string;
  @ApiProperty({ example: 'up' }) database: string;
  @ApiProperty({ example: 'up' }) queue: string;
  @ApiProperty({ type: WorkerView }) worker: WorkerView;
  @ApiProperty({ example: 0, description: 'seconds the oldest job that is due has waited to start' })
  oldestDueJobSeconds: number;
  @ApiProperty({ example: 300, description: 'readiness fails when oldestDueJobSeconds exceeds this' })
  queueLagLimitSeconds: number;
}

/**
 * Health (liveness: restarting this process could help) and readiness (this deployment is doing its
 * job). Both need the database and the job queue to answer and this process's worker, if it runs
 * one, to take jobs with every slot; readiness also needs the oldest due job to be recent.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DataSource,
    private readonly worker: WorkerStatus,
    private readonly runners: JobRunnersRepository,
    @Inject(STEWARD_CONFIG) private readonly config: StewardConfig,
  ) {}

  /** 200 when the database and the job queue answer and this process's worker takes jobs. */
  @Public()
  @Get()
  @ApiOkResponse({ type: HealthView })
  @ApiServiceUnavailableResponse({ description: 'the database, the job queue or the worker is not working' })
  async check(): Promise<HealthView> {
    return this.checks({ lagCounts: false });
  }

  /** 200 when everything health checks holds and the oldest due job has waited less than the limit. */
  @Public()
  @Get('ready')
  @ApiOkResponse({ type: HealthView })
  @ApiServiceUnavailableResponse({ description: 'not working, or the job queue is falling behind' })
  async ready(): Promise<HealthView> {
    return this.checks({ lagCounts: true });
  }

  private async checks({ lagCounts }: { lagCounts: boolean }): Promise<HealthView> {
    try {
      await this.db.query('SELECT 1');
    } catch {
      throw unavailable('the database is not answering');
    }
    let oldestDueJobSeconds: number;
    try {
      oldestDueJobSeconds = Math.round(await this.runners.oldestDueJobAgeSeconds());
    } catch {
      throw unavailable('the job queue is not answering');
    }
    const worker = this.worker.current;
    if (!this.worker.takingJobs) {
      throw unavailable(
        `the job worker is not taking jobs (${worker.state}, ${worker.slots} of ${worker.concurrency} slots` +
          `${worker.lastProblem ? `; ${worker.lastProblem}` : ''})`,
      );
    }
    const limit = this.config.worker.queueLagLimitSeconds;
    if (lagCounts && oldestDueJobSeconds > limit) {
      throw unavailable(`the oldest due job has waited ${oldestDueJobSeconds} s (limit ${limit} s)`);
    }
    return {
      status: 'ok',
      database: 'up',
      queue: 'up',
      worker,
      oldestDueJobSeconds,
      queueLagLimitSeconds: limit,
    };
  }
}

function unavailable(detail: string): HttpException {
  return new HttpException(detail, HttpStatus.SERVICE_UNAVAILABLE);
}
