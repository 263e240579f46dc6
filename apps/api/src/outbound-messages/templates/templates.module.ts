import { Module } from '@nestjs/common';
import { MessageTemplateRepository, TemplateResolver } from '@steward/notifications';
import { DataSource } from 'typeorm';
import { TemplatesController } from './templates.controller';
import { TemplatesService } from './templates.service';

/** The tenant's message templates: the API that edits them, and the resolver every sender renders with. */
@Module({
  controllers: [TemplatesController],
  providers: [
    TemplatesService,
    {
      // One resolver for every sender: compiled templates are cached once per process.
      provide: TemplateResolver,
      inject: [DataSource],
      useFactory: (db: DataSource) => new TemplateResolver(new MessageTemplateRepository(db)),
    },
  ],
  exports: [TemplateResolver],
})
export class TemplatesModule {}
