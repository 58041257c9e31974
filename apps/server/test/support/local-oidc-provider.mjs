// A real OpenID Connect provider (the `oidc-provider` package) for tests, run as its own process:
//   node local-oidc-provider.mjs   with OIDC_CLIENTS='[{"client_id":…,"client_secret":…,"redirect_uris":[…]}]'
// It prints `ISSUER <url>` once it listens. Its login page (the package's development form) accepts any
// login name with any password; the account's email is the login name, verified, and its name the part
// before the @. Consent is granted for every client, so a sign-in is a single form.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

process.removeAllListeners('warning'); // the package warns about its development defaults on every start
const clients = JSON.parse(process.env.OIDC_CLIENTS ?? '[]');
const port = Number(process.env.OIDC_PORT ?? 0);

const server = createServer();
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients,
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['touchpoint-test-cookie-key'] },
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: id, email_verified: true, name: id.split('@')[0] };
      },
    };
  },
  async loadExistingGrant(ctx) {
    const grantId =
      ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    grant.addOIDCClaims(['email', 'email_verified', 'name']);
    await grant.save();
    return grant;
  },
});
provider.on('server_error', (_ctx, error) => console.error('oidc-provider error', error));
server.on('request', provider.callback());
console.log(`ISSUER ${issuer}`);
