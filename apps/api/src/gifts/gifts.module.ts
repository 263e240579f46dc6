import { Module } from '@nestjs/common';
import { GiftRecorder } from './gift-recorder';
import { AcknowledgementSendingModule } from '../outbound-messages/acknowledgements/sending/acknowledgement-sending.module';
import { GiftsController } from './gifts.controller';
import { GiftsService } from './gifts.service';
import { RecurringGiftsController } from './recurring-gifts.controller';
import { RecurringGiftsRepository } from './recurring-gifts.repository';

@Module({
  imports: [AcknowledgementSendingModule],
  controllers: [GiftsController, RecurringGiftsController],
  providers: [GiftsService, GiftRecorder, RecurringGiftsRepository],
  // Every intake path (batch entry, imports, payment webhooks) records through the one recorder.
  exports: [GiftRecorder],
})
export class GiftsModule {}
