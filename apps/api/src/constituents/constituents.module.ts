import { Module } from '@nestjs/common';
import { ConstituentsController } from './constituents.controller';
import { ConstituentsRepository } from './constituents.repository';
import { ConstituentsService } from './constituents.service';

@Module({
  controllers: [ConstituentsController],
  providers: [ConstituentsService, ConstituentsRepository],
  exports: [ConstituentsRepository],
})
export class ConstituentsModule {}
