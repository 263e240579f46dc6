import { Module } from '@nestjs/common';
import { ConstituentsModule } from '../constituents/constituents.module';
import { TimelineController } from './timeline.controller';

@Module({ imports: [ConstituentsModule], controllers: [TimelineController] })
export class TimelineModule {}
