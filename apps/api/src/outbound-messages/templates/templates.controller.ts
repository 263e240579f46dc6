import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { TEMPLATE_KINDS } from '@steward/domain';
import type { Actor } from '../../auth/actor';
import { AllowRoles, CurrentActor } from '../../auth/auth.decorators';
import {
  PreviewTemplateRequest,
  RenderedTemplateView,
  TemplateSourceRequest,
  TemplateView,
} from './dto/template.dto';
import { TemplatesService } from './templates.service';

const EDITORS = ['development_officer', 'communications'] as const;
const RENDER_ERROR =
  'application/problem+json naming the part (subject, text, html) and the handlebars error';

/**
 * The wording of thank-yous, tribute notices and giving summaries. Any signed-in staff may read it;
 * admins, development officers and communications staff edit it. Every save is a new version.
 */
@ApiTags('templates')
@ApiBearerAuth()
@Controller('templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get()
  @ApiOkResponse({ type: [TemplateView], description: 'The current template per kind and language' })
  list(@CurrentActor() actor: Actor): Promise<TemplateView[]> {
    return this.templates.listCurrent(actor);
  }

  @Post('preview')
  @HttpCode(200)
  @AllowRoles(...EDITORS)
  @ApiOkResponse({
    type: RenderedTemplateView,
    description: 'Rendered with sample data (Ana Rivera, $250.00)',
  })
  @ApiBadRequestResponse({ description: RENDER_ERROR })
  preview(@Body() body: PreviewTemplateRequest): RenderedTemplateView {
    return this.templates.preview(body.kind, body);
  }

  @Get(':kind/:language/versions')
  @ApiParam({ name: 'kind', enum: TEMPLATE_KINDS })
  @ApiParam({ name: 'language', example: 'fr-ca' })
  @ApiOkResponse({ type: [TemplateView], description: 'Newest first' })
  versions(
    @CurrentActor() actor: Actor,
    @Param('kind') kind: string,
    @Param('language') language: string,
  ): Promise<TemplateView[]> {
    return this.templates.versions(actor, kind, language);
  }

  @Post(':kind/:language')
  @AllowRoles(...EDITORS)
  @ApiParam({ name: 'kind', enum: TEMPLATE_KINDS })
  @ApiParam({ name: 'language', example: 'fr-ca' })
  @ApiCreatedResponse({ type: TemplateView, description: 'The saved version, now current' })
  @ApiBadRequestResponse({ description: RENDER_ERROR })
  save(
    @CurrentActor() actor: Actor,
    @Param('kind') kind: string,
    @Param('language') language: string,
    @Body() body: TemplateSourceRequest,
  ): Promise<TemplateView> {
    return this.templates.save(actor, kind, language, body);
  }
}
