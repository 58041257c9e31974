import * as oidc from 'openid-client';
import { AppError } from '../../platform/errors';

// The provider side of single sign-on, through `openid-client` (certified OpenID Connect relying party):
// discovery, the authorization URL with PKCE, state and nonce, and the code exchange whose ID token it
// validates (signature, issuer, audience, expiry, nonce).

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const DISCOVERY_CACHE_MS = 10 * 60_000;

/**
 * Plain http (on this machine only) is accepted just when `TOUCHPOINT_SSO_ALLOW_INSECURE_ISSUER=1` is set:
 * the tests run a provider next to Touchpoint. Otherwise an admin could point SSO at a provider on the
 * server's own loopback interface, whose tokens travel without TLS.
 */
export function insecureIssuerAllowed(): boolean {
  return process.env.TOUCHPOINT_SSO_ALLOW_INSECURE_ISSUER === '1';
}

/**
 * Why this issuer URL cannot be used, or null. https is required: the client secret and the tokens travel
 * to it. Plain http on this machine only with `TOUCHPOINT_SSO_ALLOW_INSECURE_ISSUER=1` (tests).
 */
export function refuseIssuerUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a valid URL';
  }
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.search || url.hash) return 'must not have a query or fragment';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && insecureIssuerAllowed()) return null;
  return 'must use https';
}

function isLoopback(issuerUrl: string): boolean {
  return LOOPBACK_HOSTS.has(new URL(issuerUrl).hostname);
}

export interface ProviderSettings {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
}

const cache = new Map<string, { config: oidc.Configuration; at: number }>();

/** The provider's discovered configuration, kept ten minutes per workspace and settings version. */
export async function discoverProvider(
  cacheKey: string,
  settings: ProviderSettings,
): Promise<oidc.Configuration> {
  const hit = cache.get(cacheKey);
  if (hit && Date.now() - hit.at < DISCOVERY_CACHE_MS) return hit.config;
  try {
    const config = await oidc.discovery(
      new URL(settings.issuerUrl),
      settings.clientId,
      settings.clientSecret,
      undefined,
      {
        timeout: 10,
        ...(isLoopback(settings.issuerUrl) && insecureIssuerAllowed()
          ? { execute: [oidc.allowInsecureRequests] }
          : {}),
      },
    );
    if (cache.size > 1000) cache.clear();
    cache.set(cacheKey, { config, at: Date.now() });
    return config;
  } catch (error) {
    throw new ProviderError(`discovery at ${settings.issuerUrl} failed`, error);
  }
}

/** Something went wrong talking to the provider (unreachable, refused the code, invalid ID token). */
export class ProviderError extends Error {
  override name = 'ProviderError';
  constructor(
    message: string,
    readonly causeError?: unknown,
  ) {
    super(message);
  }
}

export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function buildAuthorizationRequest(
  config: oidc.Configuration,
  redirectUri: string,
  loginHint: string | undefined,
): Promise<AuthorizationRequest> {
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...(loginHint ? { login_hint: loginHint } : {}),
  });
  return { url: url.toString(), state, nonce, codeVerifier };
}

export interface ProviderIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean | null;
  name: string | null;
}

/**
 * Exchanges the code (with the PKCE verifier) and checks the ID token, its nonce and the state; the email
 * comes from the ID token, or from the userinfo endpoint when the provider keeps it there.
 */
export async function completeAuthorization(
  config: oidc.Configuration,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string; redirectUri: string },
): Promise<ProviderIdentity> {
  let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
  try {
    tokens = await oidc.authorizationCodeGrant(
      config,
      callbackUrl,
      {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      },
      { redirect_uri: checks.redirectUri },
    );
  } catch (error) {
    throw new ProviderError('the code exchange or the ID token check failed', error);
  }
  const claims = tokens.claims();
  if (!claims) throw new ProviderError('no ID token');
  let email = typeof claims.email === 'string' ? claims.email : null;
  let emailVerified = typeof claims.email_verified === 'boolean' ? claims.email_verified : null;
  let name = typeof claims.name === 'string' ? claims.name : null;
  if (!email) {
    try {
      const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
      email = typeof info.email === 'string' ? info.email : null;
      emailVerified = typeof info.email_verified === 'boolean' ? info.email_verified : emailVerified;
      name ??= typeof info.name === 'string' ? info.name : null;
    } catch (error) {
      throw new ProviderError('the userinfo request failed', error);
    }
  }
  return { issuer: claims.iss, subject: claims.sub, email, emailVerified, name };
}

/** A clear 422 for settings whose issuer cannot be used. */
export function assertUsableIssuer(issuerUrl: string): void {
  const reason = refuseIssuerUrl(issuerUrl);
  if (reason) {
    throw new AppError('VALIDATION_FAILED', `The issuer URL ${reason}.`, [
      { name: 'body.issuerUrl', reason },
    ]);
  }
}
