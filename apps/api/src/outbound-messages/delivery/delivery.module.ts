import { Module } from '@nestjs/common';
import { AcknowledgementSendingModule } from '../acknowledgements/sending/acknowledgement-sending.module';
import { GivingSummariesModule } from '../giving-summaries/giving-summaries.module';
import { DeliverySweepJobs } from './delivery-sweep.jobs';
import { DeliverySweeper } from './delivery-sweeper';

/**
 * What every kind of outbound message shares beyond its own sender: the sweeper that watches all
 * of them (thank-yous, giving summaries) for sends cut short and jobs lost, and its scheduled job.
 */
@Module({
  imports: [AcknowledgementSendingModule, GivingSummariesModule],
  providers: [DeliverySweeper, DeliverySweepJobs],
  exports: [DeliverySweeper],
})
export class DeliveryModule {}
