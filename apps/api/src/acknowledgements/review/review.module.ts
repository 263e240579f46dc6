import { Module } from '@nestjs/common';
import { JobsModule } from '../../platform/jobs/jobs.module';
import { AcknowledgementSendingModule } from '../sending/acknowledgement-sending.module';
import { ReviewController } from './review.controller';
import { ReviewRepository } from './review.repository';
import { ReviewService } from './review.service';

/** The review queue: held acknowledgements, previewed with the sender and approved onto its job. */
@Module({
  imports: [JobsModule, AcknowledgementSendingModule],
  controllers: [ReviewController],
  providers: [ReviewRepository, ReviewService],
})
export class ReviewModule {}
