import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { clientAddressBehindProxies, clientAddressKey, signClientAddress, verifiedClientAddress } from '../client-address.js';

const key = clientAddressKey(new TextEncoder().encode('a-signing-key-of-at-least-32-characters'));
const otherKey = clientAddressKey(new TextEncoder().encode('another-signing-key-of-32-characters!'));

describe('the client address the gateway vouches for', () => {
  it('reads back what the key signed', () => {
    expect(verifiedClientAddress(key, signClientAddress(key, '203.0.113.7'))).toBe('203.0.113.7');
    expect(verifiedClientAddress(key, signClientAddress(key, '2001:db8::1'))).toBe('2001:db8::1');
  });

  it('refuses an address signed with another key, a changed address, and anything unsigned', () => {
    const signed = signClientAddress(key, '203.0.113.7');
    expect(verifiedClientAddress(key, signClientAddress(otherKey, '203.0.113.7'))).toBeNull();
    expect(verifiedClientAddress(key, signed.replace('203.0.113.7', '203.0.113.8'))).toBeNull();
    expect(verifiedClientAddress(key, '203.0.113.7')).toBeNull();
    expect(verifiedClientAddress(key, undefined)).toBeNull();
  });

  it('without trusted proxies, takes the socket and never X-Forwarded-For', () => {
    expect(clientAddressBehindProxies('::ffff:10.1.2.3', '198.51.100.1', 0)).toBe('10.1.2.3');
    expect(clientAddressBehindProxies(undefined, undefined, 0)).toBe('unknown');
  });

  it('behind n proxies, takes the entry the n-th appended, whatever the client wrote before it', () => {
    fc.assert(
      fc.property(fc.array(fc.ipV4(), { maxLength: 5 }), fc.array(fc.ipV4(), { minLength: 1, maxLength: 3 }), (spoofed, appended) => {
        const header = [...spoofed, ...appended].join(', ');
        expect(clientAddressBehindProxies('192.0.2.1', header, appended.length)).toBe(appended[0]);
      }),
    );
  });

  it('falls back to the socket when the proxies wrote fewer entries than trusted', () => {
    expect(clientAddressBehindProxies('192.0.2.1', '198.51.100.1', 2)).toBe('192.0.2.1');
    expect(clientAddressBehindProxies('192.0.2.1', 'not-an-address', 1)).toBe('192.0.2.1');
  });
});
