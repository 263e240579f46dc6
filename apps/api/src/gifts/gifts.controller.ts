import { Body, Controller, Get, Headers, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ValidationFailed } from '@steward/domain';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor';
import { AllowRoles, CurrentActor } from '../auth/auth.decorators';
import { UuidParam } from '../common/uuid-param';
import { CreateGiftRequest, GiftPage, GiftView, ListGiftsQuery } from './dto/gift.dto';
import { GiftsService } from './gifts.service';

/** Gifts are the development office's: only it (and admins, and read-only auditors for reading) sees amounts. */
@ApiTags('gifts')
@ApiBearerAuth()
@Controller('gifts')
export class GiftsController {
  constructor(private readonly gifts: GiftsService) {}

  @Post()
  @AllowRoles('development_officer')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retried request with the same key returns the stored gift',
  })
  @ApiCreatedResponse({
    type: GiftView,
    description:
      '200 instead, with the stored gift, when the Idempotency-Key was seen before or the same payment ' +
      '(donor, amount, currency) is already recorded under its externalReference',
  })
  @ApiConflictResponse({
    description:
      'externalReference is already recorded on another gift for a different donor, amount or currency',
  })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateGiftRequest,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<GiftView> {
    if (idempotencyKey !== undefined && (idempotencyKey.length < 1 || idempotencyKey.length > 200)) {
      throw ValidationFailed.field('Idempotency-Key', 'must be 1 to 200 characters');
    }
    const { gift, created } = await this.gifts.record(actor, body, idempotencyKey);
    void reply.status(created ? 201 : 200);
    return gift;
  }

  @Get()
  @AllowRoles('development_officer', 'read_only')
  @ApiOkResponse({ type: GiftPage })
  list(@CurrentActor() actor: Actor, @Query() query: ListGiftsQuery): Promise<GiftPage> {
    return this.gifts.list(actor, query);
  }

  @Get(':id')
  @AllowRoles('development_officer', 'read_only')
  @ApiOkResponse({ type: GiftView })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<GiftView> {
    return this.gifts.get(actor, id);
  }
}
