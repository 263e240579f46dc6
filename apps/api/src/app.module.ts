import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { PromptnessModule } from './outbound-messages/acknowledgements/promptness/promptness.module';
import { ReviewModule } from './outbound-messages/acknowledgements/review/review.module';
import { AcknowledgementSendingModule } from './outbound-messages/acknowledgements/sending/acknowledgement-sending.module';
import { AcknowledgementSettingsModule } from './outbound-messages/acknowledgements/settings/acknowledgement-settings.module';
import { APP_JOBS } from './app.jobs';
import { AuthModule } from './auth/auth.module';
import { CapturedMailModule } from './captured-mail/captured-mail.module';
import type { StewardConfig } from './config/config';
import { PaginationModule } from './common/pagination';
import { StewardConfigModule } from './config/config.module';
import { ConstituentsModule } from './constituents/constituents.module';
import { dataSourceOptions } from './database/data-source-options';
import { DeliveryModule } from './outbound-messages/delivery/delivery.module';
import { FundsModule } from './funds/funds.module';
import { DatabaseModule } from './platform/database/database.module';
import { GiftsModule } from './gifts/gifts.module';
import { GivingSummariesModule } from './outbound-messages/giving-summaries/giving-summaries.module';
import { HealthModule } from './health/health.module';
import { JobRegistryModule, JobsModule } from './platform/jobs/jobs.module';
import { MailModule } from './platform/mail/mail.module';
import { TemplatesModule } from './outbound-messages/templates/templates.module';
import { TimelineModule } from './timeline/timeline.module';
import { UsersModule } from './users/users.module';
import { TasksModule } from './tasks/tasks.module';

/**
 * The app: platform modules (configuration, logs, database, jobs, mail) and the product areas, each
 * of which imports the platform modules it uses and brings its own jobs (app.jobs.ts lists them).
 */
@Module({})
export class AppModule {
  static forRoot(config: StewardConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        StewardConfigModule.forRoot(config),
        LoggerModule.forRoot({
          // Nest 11's route syntax; the library's default ('*') is the deprecated form.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            // Donors' data and credentials never reach the log.
            redact: [
              'req.headers.authorization',
              'req.headers.cookie',
              'req.body',
              'res.headers["set-cookie"]',
            ],
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url,
              }),
            },
            autoLogging: { ignore: (req) => req.url === '/api/v1/health' },
          },
        }),
        DatabaseModule.forRoot(databaseUrl),
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), retryAttempts: 2, retryDelay: 500 }),
        PaginationModule,
        JobsModule,
        JobRegistryModule.forRoot(APP_JOBS),
        MailModule,
        AuthModule,
        UsersModule,
        TasksModule,
        ConstituentsModule,
        GiftsModule,
        GivingSummariesModule,
        FundsModule,
        TimelineModule,
        CapturedMailModule,
        AcknowledgementSendingModule,
        ReviewModule,
        DeliveryModule,
        AcknowledgementSettingsModule,
        PromptnessModule,
        TemplatesModule,
        HealthModule,
      ],
    };
  }
}
