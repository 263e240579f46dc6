import { Module } from '@nestjs/common';
import { JobsModule } from '../platform/jobs/jobs.module';
import { TasksModule } from '../tasks/tasks.module';
import { GiftsController } from './gifts.controller';
import { GiftsRepository } from './gifts.repository';
import { GiftsService } from './gifts.service';
import { RecurringGiftsController } from './recurring-gifts.controller';
import { RecurringGiftsRepository } from './recurring-gifts.repository';

@Module({
  imports: [JobsModule, TasksModule],
  controllers: [GiftsController, RecurringGiftsController],
  providers: [GiftsService, GiftsRepository, RecurringGiftsRepository],
})
export class GiftsModule {}
