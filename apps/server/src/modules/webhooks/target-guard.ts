import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

// Server-side request forgery guard: a workspace admin must not be able to make Touchpoint POST into the
// network it runs in (cloud metadata, databases, admin panels). Checked when a webhook is saved, and again
// for every attempt on the addresses the name resolves to at that moment, since DNS can change (rebinding).

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, incl. cloud metadata 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, incl. broadcast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** True for loopback, private, link-local and other non-public addresses (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped?.[1]) return blocked.check(mapped[1], 'ipv4');
    return blocked.check(address, 'ipv6');
  }
  return true; // not an address at all: refuse rather than guess
}

export interface TargetPolicy {
  allowPrivate: boolean;
  requireHttps: boolean;
}

function hostOf(url: URL): string {
  // URL keeps IPv6 literals in brackets.
  return url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
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
  if (isIP(host)) return isPrivateAddress(host) ? 'private and loopback addresses are not allowed' : null;
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || !host.includes('.')) {
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
