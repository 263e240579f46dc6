import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Money, newId, NotFound } from '@steward/domain';
import type { Actor } from '../auth/actor';
import { AllowRoles, CurrentActor } from '../auth/auth.decorators';
import { UuidParam } from '../common/uuid-param';
import {
  CreateRecurringGiftRequest,
  ListRecurringGiftsQuery,
  RecurringGiftView,
} from './dto/recurring-gift.dto';
import { RecurringGiftsRepository } from './recurring-gifts.repository';

/** A donor's standing commitments; each payment is recorded as a gift naming its recurringGiftId. */
@ApiTags('gifts')
@ApiBearerAuth()
@Controller('recurring-gifts')
export class RecurringGiftsController {
  constructor(private readonly recurring: RecurringGiftsRepository) {}

  @Post()
  @AllowRoles('development_officer')
  @ApiCreatedResponse({ type: RecurringGiftView })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateRecurringGiftRequest,
  ): Promise<RecurringGiftView> {
    const money = Money.of(body.amount, body.currency);
    const id = newId();
    await this.recurring.insert({
      id,
      tenantId: actor.tenantId,
      constituentId: body.constituentId,
      amount: money.minorUnits,
      currency: money.currency,
      frequency: body.frequency,
      fundId: body.fundId ?? null,
      startedAt: body.startedAt ? new Date(body.startedAt) : new Date(),
      externalReference: body.externalReference ?? null,
    });
    return (await this.recurring.findById(actor.tenantId, id)) as RecurringGiftView;
  }

  @Get()
  @AllowRoles('development_officer', 'read_only')
  @ApiOkResponse({ type: [RecurringGiftView] })
  list(@CurrentActor() actor: Actor, @Query() query: ListRecurringGiftsQuery): Promise<RecurringGiftView[]> {
    return this.recurring.listByConstituent(actor.tenantId, query.constituentId);
  }

  @Get(':id')
  @AllowRoles('development_officer', 'read_only')
  @ApiOkResponse({ type: RecurringGiftView })
  async get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<RecurringGiftView> {
    const found = await this.recurring.findById(actor.tenantId, id);
    if (!found) throw new NotFound('recurring gift', id);
    return found;
  }
}
