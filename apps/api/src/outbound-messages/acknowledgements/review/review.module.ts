import { Module } from '@nestjs/common';
import { GivingSummariesModule } from '../../giving-summaries/giving-summaries.module';
import { AcknowledgementSendingModule } from '../sending/acknowledgement-sending.module';
import { ReviewController } from './review.controller';
import { ReviewRepository } from './review.repository';
import { ReviewService } from './review.service';

/** The review queue: held acknowledgements, previewed with the sender and approved onto its job. */
@Module({
  imports: [AcknowledgementSendingModule, GivingSummariesModule],
  controllers: [ReviewController],
  providers: [ReviewRepository, ReviewService],
})
export class ReviewModule {}
