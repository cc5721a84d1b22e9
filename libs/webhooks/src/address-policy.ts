import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Cloud metadata services outside the link-local range (Alibaba, Azure's wireserver, AWS and GCP over IPv6): they
 * hand out credentials, so they are refused like link-local, even when private addresses are allowed.
 */
const METADATA_ADDRESSES = new Set(['100.100.100.200', '168.63.129.16', 'fd00:ec2::254', 'fd20:ce::254']);

export class WebhookUrlError extends Error {}

/** public: a webhook may go there; private: only with WEBHOOK_ALLOW_PRIVATE; never: link-local or metadata. */
export type AddressClass = 'public' | 'private' | 'never';

const STRICTNESS: Record<AddressClass, number> = { public: 0, private: 1, never: 2 };
const stricter = (a: AddressClass, b: AddressClass): AddressClass => (STRICTNESS[a] >= STRICTNESS[b] ? a : b);

/** ipaddr.js names the range; only its global "unicast" is public. */
function classOf(address: ipaddr.IPv4 | ipaddr.IPv6): AddressClass {
  if (METADATA_ADDRESSES.has(address.toNormalizedString()) || METADATA_ADDRESSES.has(address.toString()))
    return 'never';
  const range = address.range();
  if (range === 'linkLocal') return 'never';
  return range === 'unicast' ? 'public' : 'private';
}

/** An IPv6 address that carries an IPv4 one (6to4, NAT64, Teredo, IPv4-compatible) answers for that one too. */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const p = address.parts;
  const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  const range = address.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145' || range === 'rfc6052') return v4(p[6], p[7]);
  if (range === '6to4') return v4(p[1], p[2]);
  if (range === 'teredo') return v4(p[6] ^ 0xffff, p[7] ^ 0xffff);
  if (p.slice(0, 6).every((part) => part === 0)) return v4(p[6], p[7]); // IPv4-compatible (deprecated)
  return null;
}

export function classifyAddress(address: string): AddressClass {
  if (!ipaddr.isValid(address)) return 'never';
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return classOf(parsed);
  const v6 = parsed as ipaddr.IPv6;
  const inner = embeddedIPv4(v6);
  const own = classOf(v6);
  // An IPv4-compatible address is "unicast" to ipaddr.js, but nothing public is reached that way.
  const outer = inner && own === 'public' ? 'private' : own;
  return inner ? stricter(outer, classOf(inner)) : outer;
}

export function isForbiddenAddress(address: string): boolean {
  return classifyAddress(address) !== 'public';
}

export interface CheckedTarget {
  url: URL;
  address: string;
  family: 4 | 6;
}

/**
 * Parses the URL, resolves its host once and checks every address. The sender connects to the returned address,
 * never resolving again, so a DNS answer that changes between check and connect (rebinding) cannot slip through.
 */
export async function checkTarget(raw: string, allowPrivate: boolean): Promise<CheckedTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookUrlError('url must be an absolute URL');
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) {
    throw new WebhookUrlError('url must use https');
  }
  if (url.username || url.password) throw new WebhookUrlError('url must not carry credentials');
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch {
      throw new WebhookUrlError(`url host ${host} does not resolve`);
    }
  }
  if (addresses.length === 0) throw new WebhookUrlError(`url host ${host} does not resolve`);
  const never = addresses.find((a) => classifyAddress(a.address) === 'never');
  if (never)
    throw new WebhookUrlError(`url resolves to a link-local or cloud metadata address (${never.address})`);
  if (!allowPrivate) {
    const forbidden = addresses.find((a) => isForbiddenAddress(a.address));
    if (forbidden)
      throw new WebhookUrlError(`url resolves to a private or reserved address (${forbidden.address})`);
  }
  return { url, address: addresses[0].address, family: addresses[0].family === 6 ? 6 : 4 };
}
