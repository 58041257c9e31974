import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LocalOidcProvider {
  issuer: string;
  stop(): Promise<void>;
}

export interface OidcTestClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
}

/** Starts `local-oidc-provider.mjs` in a child process and resolves once it listens. */
export async function startLocalOidcProvider(clients: OidcTestClient[]): Promise<LocalOidcProvider> {
  const script = fileURLToPath(new URL('./local-oidc-provider.mjs', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, [script], {
    env: { ...process.env, OIDC_CLIENTS: JSON.stringify(clients) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`OIDC provider did not start: ${errors}`)), 20_000);
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ISSUER (\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`OIDC provider exited with ${code}: ${errors}`)));
  });
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Signs in at the provider as a browser would: follows the authorization URL to the login form, posts
 * the login, and follows redirects (keeping the provider's cookies) until one leaves the provider. Returns
 * that URL — the app's callback with `code` and `state`.
 */
export async function loginAtProvider(authorizationUrl: string, login: string): Promise<string> {
  const cookies = new Map<string, string>();
  const origin = new URL(authorizationUrl).origin;
  const send = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string> | undefined),
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (pair && eq > 0) cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return response;
  };
  let url = authorizationUrl;
  let posted = false;
  for (let hop = 0; hop < 12; hop++) {
    if (!url.startsWith(origin)) return url;
    const response = await send(url);
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url).toString();
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action || posted)
      throw new Error(`unexpected provider page ${response.status}: ${html.slice(0, 300)}`);
    posted = true;
    const submitted = await send(new URL(action.replaceAll('&amp;', '&'), url).toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
    });
    const next = submitted.headers.get('location');
    if (!next) throw new Error(`login refused: ${submitted.status} ${await submitted.text()}`);
    url = new URL(next, url).toString();
  }
  throw new Error('too many redirects at the provider');
}
