// Where webhooks may be sent. An endpoint URL is typed by an ADMIN, but a URL that reaches the
// service's own network (the database, Redis, a cloud metadata endpoint) would turn the dispatcher
// into a way in (SSRF). Unless private targets are allowed (the default outside production, for a
// receiver on localhost), such URLs are refused when saved, and every delivery checks the
// addresses the host name resolves to at connection time, so a name re-pointed later is caught too.
import { lookup as dnsLookup, LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent } from 'undici';

const PRIVATE_NETWORKS = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  PRIVATE_NETWORKS.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback and IPv4-compatible (::a.b.c.d)
  ['64:ff9b::', 96], // NAT64: an IPv4 address, possibly a private one, inside IPv6
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 32], // Teredo (embeds an IPv4 address)
  ['2002::', 16], // 6to4 (embeds an IPv4 address)
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  PRIVATE_NETWORKS.addSubnet(network, prefix, 'ipv6');
}

/** True for loopback, private, link-local, multicast and other non-public addresses. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  // BlockList judges an IPv4-mapped IPv6 address (::ffff:127.0.0.1) by the IPv4 rules too.
  return family === 0 ? false : PRIVATE_NETWORKS.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Why `url` may not be a webhook target when private targets are not allowed, or null (WHATWG URL parsing normalises 0x7f000001, 127.1 and the like). */
export function privateTargetProblem(url: string): string | null {
  // Brackets of an IPv6 literal and the root label's dot ("localhost.") do not change the target.
  const host = new URL(url).hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.+$/, '')
    .toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return 'must not point to this machine (localhost)';
  if (isPrivateAddress(host)) return 'must not point to a private, loopback or link-local address';
  return null;
}

/** No `code`: the dispatcher's attempt log then shows this message instead of a code. */
export class PrivateTargetError extends Error {}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup that fails when the name resolves to any private address. */
export function publicOnlyLookup(hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const blocked = addresses.find((entry) => isPrivateAddress(entry.address));
    // The address itself is left out: the delivery log must not map internal names to addresses.
    if (blocked) return callback(new PrivateTargetError(`${hostname} resolves to a private address`), []);
    if ((options as LookupAllOptions).all) return callback(null, addresses);
    return callback(null, addresses[0].address, addresses[0].family);
  });
}

/** The HTTP client deliveries go through: with private targets refused, every connection is checked. */
export function webhookAgent(allowPrivateTargets: boolean): Agent {
  return new Agent(allowPrivateTargets ? {} : { connect: { lookup: publicOnlyLookup } });
}
