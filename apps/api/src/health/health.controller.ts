import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';

class HealthView {
  @ApiProperty({ example: 'ok' }) status: string;
  @ApiProperty({ example: 'up' }) database: string;
  @ApiProperty({ example: 'up' }) queue: string;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /** 200 when the database answers and the job queue's schema is reachable through it. */
  @Public()
  @Get()
  @ApiOkResponse({ type: HealthView })
  @ApiServiceUnavailableResponse()
  async check(): Promise<HealthView> {
    try {
      await this.db.query('SELECT 1');
    } catch {
      throw new HttpException('database is not answering', HttpStatus.SERVICE_UNAVAILABLE);
    }
    try {
      await this.db.query('SELECT count(*) FROM graphile_worker.jobs WHERE false');
    } catch {
      throw new HttpException('job queue is not answering', HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'ok', database: 'up', queue: 'up' };
  }
}
