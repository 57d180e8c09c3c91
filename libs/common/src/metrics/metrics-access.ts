import { timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import { clientAddressBehindProxies } from '../auth/client-address.js';

/** Loopback, private (RFC 1918, RFC 4193) and link-local addresses: a scraper on the operator's own network. */
const PRIVATE_NETWORKS = new BlockList();
for (const [network, prefix] of [
  ['127.0.0.0', 8],
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['169.254.0.0', 16],
] as const) {
  PRIVATE_NETWORKS.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const) {
  PRIVATE_NETWORKS.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && PRIVATE_NETWORKS.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export interface MetricsCaller {
  socketAddress: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

export interface MetricsAccessPolicy {
  /** Proxies in front whose `X-Forwarded-For` entry is believed (`TRUSTED_PROXY_HOPS`). */
  trustedProxyHops: number;
  /** `METRICS_TOKEN`: a bearer token that opens /metrics from anywhere. */
  token: string | undefined;
}

const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Whether the gateway shows its metrics to this caller: one bearing the token, or one whose
 * address is private. Behind a proxy the gateway was not told about (no trusted hops, yet the
 * request was forwarded), the socket's private address is the proxy's, not the caller's: refused.
 */
export function mayReadMetrics(caller: MetricsCaller, policy: MetricsAccessPolicy): boolean {
  const authorization = caller.headers.authorization;
  if (policy.token && typeof authorization === 'string' && sameSecret(authorization, `Bearer ${policy.token}`)) return true;
  if (policy.trustedProxyHops === 0 && FORWARDING_HEADERS.some((name) => caller.headers[name] !== undefined)) return false;
  return isPrivateAddress(clientAddressBehindProxies(caller.socketAddress, caller.headers['x-forwarded-for'], policy.trustedProxyHops));
}
