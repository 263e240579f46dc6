import { Module } from '@nestjs/common';
import { FundsController } from './funds.controller';
import { FundsRepository } from './funds.repository';

@Module({ controllers: [FundsController], providers: [FundsRepository], exports: [FundsRepository] })
export class FundsModule {}
