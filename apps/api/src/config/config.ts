import { z } from 'zod';

/**
 * The one typed configuration, built from the environment at start. A bad value stops the process
 * with a message that names the variable.
 */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  /** Where the embedded PostgreSQL keeps its files when DATABASE_URL is unset. */
  STEWARD_DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Steward <thanks@steward.local>'),
  /** The longest one SMTP send may take, from waiting for a connection to the server's final answer. */
  SMTP_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** Where donors reach this server from outside (unsubscribe links in emails); defaults to localhost. */
  PUBLIC_URL: z.string().url().optional(),
  STEWARD_ADMIN_EMAIL: z.string().email().optional(),
  STEWARD_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TOKEN_TTL: z.string().default('12h'),
  STEWARD_ROLE: z.enum(['all', 'api', 'worker']).default('all'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
  /** How often a worker process says it is alive; one silent for six beats is taken for dead. */
  WORKER_HEARTBEAT_SECONDS: z.coerce.number().min(0.2).max(60).default(5),
  /** Health answers 503 when the oldest job that is due has waited longer than this. */
  QUEUE_LAG_LIMIT_SECONDS: z.coerce.number().int().min(1).default(300),
  ACK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
  ACK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(30_000),
  /** Seconds a "sending" claim may last before the sweeper holds it as outcome-unknown. */
  ACK_SENDING_LEASE_SECONDS: z.coerce.number().int().min(1).default(600),
  /** Where the built admin app is; `npm start` builds it there. */
  ADMIN_DIST_DIR: z.string().default('dist/apps/admin'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
});

export interface StewardConfig {
  http: { port: number; host: string };
  database: { driver: 'embedded'; dataDir: string; port: number } | { driver: 'url'; url: string };
  mail: {
    driver: 'capture' | 'smtp';
    smtpUrl?: string;
    from: string;
    publicUrl: string;
    sendTimeoutMs: number;
  };
  admin: { email?: string; password?: string };
  auth: { jwtSecret?: string; tokenTtl: string };
  role: 'all' | 'api' | 'worker';
  worker: { concurrency: number; heartbeatSeconds: number; queueLagLimitSeconds: number };
  acknowledgements: { maxAttempts: number; retryBaseMs: number; sendingLeaseSeconds: number };
  adminDistDir: string;
  logLevel: string;
  production: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): StewardConfig {
  // Empty strings (e.g. `SMTP_URL=` in a compose file) mean "not set".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (Boolean(e.STEWARD_ADMIN_EMAIL) !== Boolean(e.STEWARD_ADMIN_PASSWORD)) {
    throw new ConfigError(
      'Invalid configuration:\n  STEWARD_ADMIN_EMAIL and STEWARD_ADMIN_PASSWORD go together',
    );
  }
  return {
    http: { port: e.PORT, host: e.HOST },
    database: e.DATABASE_URL
      ? { driver: 'url', url: e.DATABASE_URL }
      : { driver: 'embedded', dataDir: e.STEWARD_DATA_DIR, port: e.EMBEDDED_PG_PORT },
    mail: {
      driver: e.SMTP_URL ? 'smtp' : 'capture',
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      sendTimeoutMs: e.SMTP_SEND_TIMEOUT_MS,
      publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    },
    admin: { email: e.STEWARD_ADMIN_EMAIL?.toLowerCase(), password: e.STEWARD_ADMIN_PASSWORD },
    auth: { jwtSecret: e.JWT_SECRET, tokenTtl: e.TOKEN_TTL },
    role: e.STEWARD_ROLE,
    worker: {
      concurrency: e.WORKER_CONCURRENCY,
      heartbeatSeconds: e.WORKER_HEARTBEAT_SECONDS,
      queueLagLimitSeconds: e.QUEUE_LAG_LIMIT_SECONDS,
    },
    acknowledgements: {
      maxAttempts: e.ACK_MAX_ATTEMPTS,
      retryBaseMs: e.ACK_RETRY_BASE_MS,
      sendingLeaseSeconds: e.ACK_SENDING_LEASE_SECONDS,
    },
    adminDistDir: e.ADMIN_DIST_DIR,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
  };
}

export const STEWARD_CONFIG = Symbol('StewardConfig');
