import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

// Server-side request forgery guard: a workspace admin must not be able to make Touchpoint POST into the
// network it runs in (cloud metadata, databases, admin panels). Checked when a webhook is saved, and again
// for every attempt on the addresses the name resolves to at that moment, since DNS can change (rebinding).

// Every range of the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and its updates),
// plus multicast and the reserved blocks, whatever the registry says about global reachability: no
// webhook receiver lives in a documentation, benchmarking, anycast-service or translation range, and the
// translation ranges (NAT64, 6to4, Teredo) can carry a private IPv4 address inside them.
export const SPECIAL_PURPOSE_IPV4: readonly (readonly [string, number, string])[] = [
  ['0.0.0.0', 8, '"this network" (RFC 791)'],
  ['10.0.0.0', 8, 'private use (RFC 1918)'],
  ['100.64.0.0', 10, 'shared address space, carrier-grade NAT (RFC 6598)'],
  ['127.0.0.0', 8, 'loopback (RFC 1122)'],
  ['169.254.0.0', 16, 'link-local, incl. cloud metadata 169.254.169.254 (RFC 3927)'],
  ['172.16.0.0', 12, 'private use (RFC 1918)'],
  ['192.0.0.0', 24, 'IETF protocol assignments: DS-Lite, PCP/TURN anycast, NAT64 discovery (RFC 6890)'],
  ['192.0.2.0', 24, 'documentation TEST-NET-1 (RFC 5737)'],
  ['192.31.196.0', 24, 'AS112-v4 (RFC 7535)'],
  ['192.52.193.0', 24, 'AMT (RFC 7450)'],
  ['192.88.99.0', 24, 'deprecated 6to4 relay anycast (RFC 7526)'],
  ['192.168.0.0', 16, 'private use (RFC 1918)'],
  ['192.175.48.0', 24, 'direct delegation AS112 service (RFC 7534)'],
  ['198.18.0.0', 15, 'benchmarking (RFC 2544)'],
  ['198.51.100.0', 24, 'documentation TEST-NET-2 (RFC 5737)'],
  ['203.0.113.0', 24, 'documentation TEST-NET-3 (RFC 5737)'],
  ['224.0.0.0', 4, 'multicast (RFC 5771)'],
  ['240.0.0.0', 4, 'reserved (RFC 1112), incl. limited broadcast 255.255.255.255 (RFC 919)'],
];

export const SPECIAL_PURPOSE_IPV6: readonly (readonly [string, number, string])[] = [
  ['::', 128, 'unspecified (RFC 4291)'],
  ['::1', 128, 'loopback (RFC 4291)'],
  ['::', 96, 'deprecated IPv4-compatible (RFC 4291)'],
  // ::ffff:0:0/96 (IPv4-mapped) is not listed: it is judged by the IPv4 address it embeds.
  ['64:ff9b::', 96, 'IPv4/IPv6 translation, NAT64 well-known prefix (RFC 6052)'],
  ['64:ff9b:1::', 48, 'IPv4/IPv6 translation, local-use NAT64 (RFC 8215)'],
  ['100::', 64, 'discard-only (RFC 6666)'],
  ['100:0:0:1::', 64, 'dummy IPv6 prefix (RFC 9780)'],
  ['2001::', 23, 'IETF protocol assignments (RFC 2928): Teredo, benchmarking, AMT, AS112, ORCHID'],
  ['2001::', 32, 'Teredo (RFC 4380)'],
  ['2001:2::', 48, 'benchmarking (RFC 5180)'],
  ['2001:db8::', 32, 'documentation (RFC 3849)'],
  ['2002::', 16, '6to4 (RFC 3056)'],
  ['2620:4f:8000::', 48, 'direct delegation AS112 service (RFC 7534)'],
  ['3fff::', 20, 'documentation (RFC 9637)'],
  ['5f00::', 16, 'segment routing SIDs (RFC 9602)'],
  ['fc00::', 7, 'unique local (RFC 4193)'],
  ['fe80::', 10, 'link-local unicast (RFC 4291)'],
  ['fec0::', 10, 'deprecated site-local (RFC 3879)'],
  ['ff00::', 8, 'multicast (RFC 4291)'],
];

const blockedV4 = new BlockList();
for (const [network, prefix] of SPECIAL_PURPOSE_IPV4) blockedV4.addSubnet(network, prefix, 'ipv4');
const blockedV6 = new BlockList();
for (const [network, prefix] of SPECIAL_PURPOSE_IPV6) blockedV6.addSubnet(network, prefix, 'ipv6');
const ipv4Mapped = new BlockList();
ipv4Mapped.addSubnet('::ffff:0:0', 96, 'ipv6');
// Public IPv6 unicast is allocated only from 2000::/3; everything outside it is reserved or special, so an
// address there that no list names yet is still refused.
const globalUnicastV6 = new BlockList();
globalUnicastV6.addSubnet('2000::', 3, 'ipv6');

/**
 * True for every address a webhook may not target: loopback, private, link-local, shared, documentation,
 * benchmarking, translation, multicast and reserved ranges (see the lists above). An IPv4-mapped IPv6
 * address (::ffff:a.b.c.d, in any spelling) is judged by the IPv4 address inside it.
 */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blockedV4.check(address, 'ipv4');
  if (family === 6) {
    // BlockList compares an IPv4-mapped IPv6 address with its IPv4 rules by the embedded address.
    if (ipv4Mapped.check(address, 'ipv6')) return blockedV4.check(address, 'ipv6');
    return !globalUnicastV6.check(address, 'ipv6') || blockedV6.check(address, 'ipv6');
  }
  return true; // not an address at all: refuse rather than guess
}

// Special-use domain names (RFC 6761, RFC 8375 home.arpa, ICANN's .internal): never a public receiver.
const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.home.arpa', '.lan', '.intranet', '.corp'];

export interface TargetPolicy {
  allowPrivate: boolean;
  requireHttps: boolean;
}

function hostOf(url: URL): string {
  // URL keeps IPv6 literals in brackets; a trailing dot ("localhost.") names the same host.
  return url.hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
}

/**
 * Why this URL may not be a webhook target, or null when it may. Only what the URL itself says is checked
 * here (scheme, IP literals, local names): names are resolved at delivery time, see `resolveTarget`.
 */
export function refuseTargetUrl(raw: string, policy: TargetPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'only http and https URLs are allowed';
  if (url.username || url.password) return 'credentials in the URL are not allowed; use the signature';
  if (policy.allowPrivate) return null;
  if (policy.requireHttps && url.protocol !== 'https:') return 'must use https';
  const host = hostOf(url);
  if (isIP(host)) {
    return isPrivateAddress(host) ? 'private, loopback and reserved addresses are not allowed' : null;
  }
  if (host === 'localhost' || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix)) || !host.includes('.')) {
    return 'local host names are not allowed';
  }
  return null;
}

/**
 * Resolves the host and refuses the target when any of its addresses is private. Returns the addresses to
 * connect to, so the connection uses exactly what was checked (a second lookup could be answered differently).
 */
export async function resolveTarget(
  hostname: string,
  policy: TargetPolicy,
): Promise<{ address: string; family: number }[]> {
  const host = hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await lookup(host, { all: true, verbatim: true });
  if (addresses.length === 0) throw new TargetRefused(`${host} does not resolve`);
  if (!policy.allowPrivate) {
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) throw new TargetRefused(`${host} resolves to a private address (${bad.address})`);
  }
  return addresses;
}

export class TargetRefused extends Error {
  override name = 'TargetRefused';
}
