import { Module } from '@nestjs/common';
import { PromptnessController } from './promptness.controller';
import { PromptnessRepository } from './promptness.repository';
import { PromptnessService } from './promptness.service';

@Module({
  controllers: [PromptnessController],
  providers: [PromptnessRepository, PromptnessService],
})
export class PromptnessModule {}
