import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isPrivateAddress,
  refuseTargetUrl,
  resolveTarget,
  SPECIAL_PURPOSE_IPV4,
  SPECIAL_PURPOSE_IPV6,
} from '../src/modules/webhooks/target-guard';
import type { Touchpoint } from '../src/touchpoint';
import { signUp } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// Regression tests for issue 18, findings 5 (API keys outlive their creator's access), 7 (the webhook
// target guard missed special-purpose ranges) and 8 (sign-up enumerates accounts; invitation-only mode).

let strict: Touchpoint;

beforeAll(async () => {
  strict = await startTestTouchpoint({ webhooks: { allowPrivate: false } });
});
afterAll(() => strict?.stop());

describe('webhook targets: every IANA special-purpose range is refused', () => {
  const policy = { allowPrivate: false, requireHttps: false };

  // One address inside each range, named as the issue and the registries name them.
  const refused: [string, string][] = [
    ['192.0.2.10', 'TEST-NET-1'],
    ['198.51.100.7', 'TEST-NET-2'],
    ['203.0.113.9', 'TEST-NET-3'],
    ['198.19.255.1', 'benchmarking 198.18.0.0/15'],
    ['100.127.0.1', 'shared address space 100.64.0.0/10'],
    ['192.0.0.170', 'NAT64 discovery'],
    ['192.31.196.1', 'AS112-v4'],
    ['192.52.193.1', 'AMT'],
    ['192.88.99.1', '6to4 relay anycast'],
    ['192.175.48.1', 'AS112 direct delegation'],
    ['224.0.0.251', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved 240.0.0.0/4'],
    ['255.255.255.255', 'limited broadcast'],
    ['0.1.2.3', 'this network'],
    ['64:ff9b::a00:1', 'NAT64 64:ff9b::/96 (embeds 10.0.0.1)'],
    ['64:ff9b::808:808', 'NAT64 64:ff9b::/96 (even a public IPv4)'],
    ['64:ff9b:1::1', 'local-use NAT64 64:ff9b:1::/48'],
    ['2002:a00:1::1', '6to4 2002::/16 (embeds 10.0.0.1)'],
    ['2002:808:808::1', '6to4 2002::/16'],
    ['2001::1', 'Teredo 2001::/32'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo'],
    ['2001:2::1', 'benchmarking 2001:2::/48'],
    ['2001:10::1', 'ORCHID (IETF protocol assignments 2001::/23)'],
    ['2001:db8::1', 'documentation 2001:db8::/32'],
    ['3fff::1', 'documentation 3fff::/20'],
    ['100::1', 'discard-only 100::/64'],
    ['5f00::1', 'SRv6 SIDs 5f00::/16'],
    ['fec0::1', 'deprecated site-local'],
    ['ff02::1', 'IPv6 multicast'],
    ['::127.0.0.1', 'IPv4-compatible (deprecated)'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, hex spelling'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped 169.254.169.254'],
    ['::ffff:192.0.2.1', 'IPv4-mapped TEST-NET-1'],
    ['0:0:0:0:0:ffff:c0a8:101', 'IPv4-mapped 192.168.1.1, long spelling'],
    ['::ffff:0:7f00:1', 'IPv4-translated (outside 2000::/3)'],
    ['4000::1', 'unallocated (outside 2000::/3)'],
  ];
  const allowed = ['93.184.216.34', '8.8.8.8', '1.1.1.1', '2606:4700::1111', '2a00:1450:4001::200e'];

  it.each(refused)('isPrivateAddress(%s) — %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it('still allows public unicast addresses, and an IPv4-mapped address is judged by its IPv4 part', () => {
    for (const address of allowed) expect(isPrivateAddress(address), address).toBe(false);
    expect(isPrivateAddress('::ffff:8.8.8.8')).toBe(false);
    expect(isPrivateAddress('::ffff:808:808')).toBe(false);
  });

  it('refuses the first and the last address of every listed range', () => {
    for (const [network, prefix] of SPECIAL_PURPOSE_IPV4) {
      const start = ipv4ToNumber(network);
      const last = start + 2 ** (32 - prefix) - 1;
      expect(isPrivateAddress(network), `${network}/${prefix}`).toBe(true);
      expect(isPrivateAddress(numberToIpv4(last)), `${network}/${prefix} last`).toBe(true);
    }
    for (const [network, prefix] of SPECIAL_PURPOSE_IPV6) {
      expect(isPrivateAddress(network), `${network}/${prefix}`).toBe(true);
    }
  });

  it('refuses each range as a saved URL (400 on body.url) and at delivery time', async () => {
    const { client } = await signUp(strict.app as FastifyInstance);
    for (const [address, name] of refused) {
      const host = address.includes(':') ? `[${address}]` : address;
      const url = `https://${host}/hook`;
      expect(refuseTargetUrl(url, policy), `${url} (${name})`).not.toBeNull();
      const response = await client.post('/api/v1/webhooks', { url, events: ['response.completed'] });
      expect(response.status, `${url} (${name})`).toBe(400);
      expect(response.body.invalidParams, url).toEqual([{ name: 'body.url', reason: expect.any(String) }]);
      await expect(resolveTarget(host, policy), url).rejects.toThrow(/private address/);
    }
    for (const address of allowed) {
      const host = address.includes(':') ? `[${address}]` : address;
      expect(refuseTargetUrl(`https://${host}/hook`, policy), address).toBeNull();
    }
  });

  it('refuses an IPv4-mapped loopback URL, which the URL parser rewrites to hex', async () => {
    const { client } = await signUp(strict.app as FastifyInstance);
    for (const url of [
      'http://[::ffff:127.0.0.1]:3000/',
      'http://[::ffff:169.254.169.254]/latest/meta-data',
    ]) {
      const response = await client.post('/api/v1/webhooks', { url, events: ['response.completed'] });
      expect(response.status, url).toBe(400);
    }
  });

  it('refuses special-use host names, also with a trailing dot', () => {
    for (const url of [
      'http://localhost./hook',
      'http://api.localhost/hook',
      'http://db.internal/hook',
      'http://router.home.arpa/hook',
      'http://printer.local./hook',
    ]) {
      expect(refuseTargetUrl(url, policy), url).toMatch(/local/);
    }
  });
});

function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function numberToIpv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}
