import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { GiftsController } from './gifts.controller';
import { GiftsRepository } from './gifts.repository';
import { GiftsService } from './gifts.service';
import { RecurringGiftsController } from './recurring-gifts.controller';
import { RecurringGiftsRepository } from './recurring-gifts.repository';

@Module({
  imports: [TasksModule],
  controllers: [GiftsController, RecurringGiftsController],
  providers: [GiftsService, GiftsRepository, RecurringGiftsRepository],
})
export class GiftsModule {}
