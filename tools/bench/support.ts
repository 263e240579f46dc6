/** Pieces the benchmarks share: a Steward on a scratch database, a donor, a gift, a concurrency loop. */
import { createSteward } from '../../apps/api/src/app.factory';
import { loadConfig } from '../../apps/api/src/config/config';
import { createScratchDatabase } from '../../apps/api/src/database/scratch-databases';

export const ADMIN = { email: 'bench@example.org', password: 'bench-password-123' };

export async function startServer(url: string, env: Record<string, string>) {
  const config = loadConfig({
    DATABASE_URL: url,
    STEWARD_ADMIN_EMAIL: ADMIN.email,
    STEWARD_ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'silent',
    PORT: '0',
    ...env,
  });
  const steward = await createSteward(config, url);
  await steward.app.listen({ port: 0, host: '127.0.0.1' });
  const base = await steward.app.getUrl();
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const token = ((await login.json()) as { accessToken: string }).accessToken;
  const donorId = await createDonor(base, token, 'bench-donor@example.org');
  return { steward, base, token, donorId, close: () => steward.close() };
}

export async function createDonor(base: string, token: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/constituents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      kind: 'individual',
      firstName: 'Bench',
      lastName: 'Donor',
      emails: [{ address: email }],
    }),
  });
  return ((await res.json()) as { id: string }).id;
}

export async function postGift(base: string, token: string, constituentId: string): Promise<void> {
  const res = await fetch(`${base}/api/v1/gifts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ constituentId, amount: 30000, currency: 'USD' }),
  });
  if (res.status !== 201) throw new Error(`gift create answered ${res.status}: ${await res.text()}`);
}

export async function runConcurrently(total: number, concurrency: number, task: () => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) await task();
    }),
  );
}

export async function freshDatabase(serverUrl: string): Promise<string> {
  return (await createScratchDatabase(serverUrl, 'steward_bench')).url;
}
