import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { serveAdminSite } from './admin-site/admin-site';
import { AppModule } from './app.module';
import { httpEdgeServerOptions, installHttpEdge } from './common/http-edge';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { stewardValidationPipe } from './common/validation';
import type { StewardConfig } from './config/config';
import { migrateDatabase } from './database/migrate';
import { JobRegistry } from './platform/jobs/job-registry';
import { JobRunnersRepository } from './platform/jobs/job-runners.repository';
import { JobWorker } from './platform/jobs/job-worker';
import { WorkerStatus } from './platform/jobs/worker-status';

export interface RunningSteward {
  app: NestFastifyApplication;
  /** Stops the worker (in-flight jobs finish), then the HTTP server and the database pool. Idempotent. */
  close(): Promise<void>;
}

/** Migrates, builds the Nest app, and starts the worker when this process has that role. */
export async function createSteward(config: StewardConfig, databaseUrl: string): Promise<RunningSteward> {
  await migrateDatabase(databaseUrl);

  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl),
    new FastifyAdapter({
      trustProxy: true,
      ...httpEdgeServerOptions(),
      // Every log line of a request carries its id; a caller's X-Request-Id is kept for tracing.
      requestIdHeader: 'x-request-id',
      genReqId: () => randomUUID(),
    }),
    // The edge installs the only body parsers (JSON with its limits, and what endpoints document).
    { bufferLogs: true, bodyParser: false },
  );
  installHttpEdge(app);
  app.useLogger(app.get(Logger));
  // Nest keeps buffered logs until listen(); a worker process (STEWARD_ROLE=worker) never listens, so
  // without this it would log nothing at all.
  app.flushLogs();
  app.setGlobalPrefix('api/v1');
  app.useGlobalPipes(stewardValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());

  const document = SwaggerModule.createDocument(app, openApiConfig());
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await serveAdminSite(app, config.adminDistDir);
  await app.init();

  let worker: JobWorker | undefined;
  if (config.role !== 'api') {
    worker = new JobWorker(
      databaseUrl,
      app.get(JobRegistry),
      config.worker,
      app.get(WorkerStatus),
      app.get(JobRunnersRepository),
    );
    await worker.start();
  }

  let closing: Promise<void> | undefined;
  return {
    app,
    close() {
      closing ??= (async () => {
        await worker?.stop();
        await app.close();
      })();
      return closing;
    },
  };
}

export function openApiConfig() {
  return new DocumentBuilder()
    .setTitle('Steward API')
    .setDescription(
      'Donor and constituent engagement CRM. Amounts are integer minor units with an ISO 4217 currency; ' +
        'errors are RFC 9457 problem details.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
}
