import { Module } from '@nestjs/common';
import { UsersRepository } from '../auth/users.repository';
import { UsersController } from './users.controller';

@Module({ controllers: [UsersController], providers: [UsersRepository] })
export class UsersModule {}
