import { Module } from '@nestjs/common';
import { TenantsRepository } from '../tenancy/tenants.repository';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeLinks } from './unsubscribe-links';

@Module({
  controllers: [UnsubscribeController],
  providers: [UnsubscribeLinks, TenantsRepository],
  exports: [UnsubscribeLinks],
})
export class UnsubscribeModule {}
