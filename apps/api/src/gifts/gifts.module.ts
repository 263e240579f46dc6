import { Module } from '@nestjs/common';
import { ConstituentsModule } from '../constituents/constituents.module';
import { FundsModule } from '../funds/funds.module';
import { GiftsController } from './gifts.controller';
import { GiftsRepository } from './gifts.repository';
import { GiftsService } from './gifts.service';

@Module({
  imports: [ConstituentsModule, FundsModule],
  controllers: [GiftsController],
  providers: [GiftsService, GiftsRepository],
})
export class GiftsModule {}
