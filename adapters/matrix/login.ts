// Logging in: the configured access token, or a password login whose token is
// kept in the adapter state (so a restart does not create a new device).

import type { MatrixAdapterOptions } from './options.ts';
import type { StateStorageProvider } from './storage.ts';

/** Access token: the configured one, or one from a password login kept in state. */
export async function accessToken(options: MatrixAdapterOptions, storage: StateStorageProvider): Promise<string> {
  const { auth, homeserverUrl } = options;
  if (auth.kind === 'accessToken') return auth.accessToken;
  const saved = await storage.getJson<{ userId: string; accessToken: string }>('login');
  if (saved && saved.userId === auth.userId) {
    const ok = await fetch(`${homeserverUrl}/_matrix/client/v3/account/whoami`, {
      headers: { authorization: `Bearer ${saved.accessToken}` },
    }).then((r) => r.ok);
    if (ok) return saved.accessToken;
  }
  const res = await fetch(`${homeserverUrl}/_matrix/client/v3/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'm.login.password',
      identifier: { type: 'm.id.user', user: auth.userId },
      password: auth.password,
      initial_device_display_name: 'cohort-bot',
    }),
  });
  const body = (await res.json()) as { access_token?: string; error?: string };
  if (!res.ok || !body.access_token)
    throw new Error(`matrix: login as ${auth.userId} failed: ${body.error ?? res.status}`);
  await storage.setJson('login', { userId: auth.userId, accessToken: body.access_token });
  return body.access_token;
}
