import { createHmac, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * The header in which the gateway tells a subgraph the caller's address, with an HMAC under a key
 * derived from the token key. A caller talking to a subgraph directly cannot forge it, so the
 * subgraph believes it and nothing else (`X-Forwarded-For` there is anyone's to write).
 */
export const CLIENT_ADDRESS_HEADER = 'x-petition-client-address';

export function clientAddressKey(tokenKey: Uint8Array): Buffer {
  return createHmac('sha256', tokenKey).update('petition-platform/client-address').digest();
}

function mac(key: Buffer, address: string): Buffer {
  return createHmac('sha256', key).update(address).digest();
}

export function signClientAddress(key: Buffer, address: string): string {
  return `${address} ${mac(key, address).toString('base64url')}`;
}

/** The address in a signed header, or null when the header is absent, malformed or not signed by the key. */
export function verifiedClientAddress(key: Buffer, header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^(\S{1,64}) ([A-Za-z0-9_-]{43})$/.exec(value) : null;
  if (!match) return null;
  const [, address, signature] = match;
  const given = Buffer.from(signature, 'base64url');
  return timingSafeEqual(given, mac(key, address)) ? address : null;
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are one client. */
export function normaliseAddress(address: string | undefined): string {
  if (!address) return 'unknown';
  const trimmed = address.trim();
  return trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address as seen by the first hop: the socket's peer, or — behind `trustedHops`
 * proxies that each append the address they saw — the entry those proxies wrote. Entries further
 * left are the client's own to write and are never believed.
 */
export function clientAddressBehindProxies(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  if (trustedHops === 0) return normaliseAddress(socketAddress);
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const entries = header
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // The nearest proxy is the socket's peer; the n-th trusted one wrote the n-th entry from the right.
  const entry = entries[entries.length - trustedHops];
  return entry && isIP(normaliseAddress(entry)) ? normaliseAddress(entry) : normaliseAddress(socketAddress);
}
