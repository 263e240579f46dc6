import { Module } from '@nestjs/common';
import { AcknowledgementsModule } from '../acknowledgements/sending/acknowledgement-sending.module';
import { GivingSummariesController } from './giving-summaries.controller';
import { GivingSummariesService } from './giving-summaries.service';

/**
 * The API of giving summaries. The sender, the planner and the job handlers are provided by the
 * acknowledgements module (see giving-summary.providers.ts), whose sweeper also watches summaries.
 */
@Module({
  imports: [AcknowledgementsModule],
  controllers: [GivingSummariesController],
  providers: [GivingSummariesService],
})
export class GivingSummariesModule {}
