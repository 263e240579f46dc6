import { Module } from '@nestjs/common';
import { GiftsController } from './gifts.controller';
import { GiftsRepository } from './gifts.repository';
import { GiftsService } from './gifts.service';

@Module({
  controllers: [GiftsController],
  providers: [GiftsService, GiftsRepository],
})
export class GiftsModule {}
