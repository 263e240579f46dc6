import { Module } from '@nestjs/common';
import { CapturedMailController } from './captured-mail.controller';
import { CapturedMailRepository } from '../platform/mail/captured-mail.repository';

@Module({
  controllers: [CapturedMailController],
  providers: [CapturedMailRepository],
  exports: [CapturedMailRepository],
})
export class CapturedMailModule {}
