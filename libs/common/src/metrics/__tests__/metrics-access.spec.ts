import { describe, expect, it } from '@jest/globals';
import { isPrivateAddress, mayReadMetrics } from '../metrics-access.js';

describe('isPrivateAddress', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.10', '169.254.1.1', '::1', 'fd00::1', 'fe80::1'])('%s is private', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '172.32.0.1', '203.0.113.7', '2001:db8::1', 'unknown', ''])('%s is not', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});

describe('mayReadMetrics', () => {
  const open = { trustedProxyHops: 0, token: undefined };

  it('admits a caller on a private address, and refuses a public one', () => {
    expect(mayReadMetrics({ socketAddress: '::ffff:10.0.0.5', headers: {} }, open)).toBe(true);
    expect(mayReadMetrics({ socketAddress: '198.51.100.4', headers: {} }, open)).toBe(false);
  });

  it('refuses a forwarded request when no proxy is trusted: the private address is the proxy’s', () => {
    expect(mayReadMetrics({ socketAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.7' } }, open)).toBe(false);
    expect(mayReadMetrics({ socketAddress: '127.0.0.1', headers: { forwarded: 'for=203.0.113.7' } }, open)).toBe(false);
  });

  it('judges the address a trusted proxy saw', () => {
    const behindOne = { trustedProxyHops: 1, token: undefined };
    expect(mayReadMetrics({ socketAddress: '10.0.0.2', headers: { 'x-forwarded-for': '203.0.113.7' } }, behindOne)).toBe(false);
    expect(mayReadMetrics({ socketAddress: '10.0.0.2', headers: { 'x-forwarded-for': '203.0.113.7, 10.0.0.9' } }, behindOne)).toBe(true);
  });

  it('admits the bearer of the token from anywhere, and nobody by a wrong or absent token', () => {
    const policy = { trustedProxyHops: 0, token: 'scrape-secret-123' };
    expect(mayReadMetrics({ socketAddress: '203.0.113.7', headers: { authorization: 'Bearer scrape-secret-123' } }, policy)).toBe(true);
    expect(mayReadMetrics({ socketAddress: '203.0.113.7', headers: { authorization: 'Bearer scrape-secret-124' } }, policy)).toBe(false);
    expect(mayReadMetrics({ socketAddress: '203.0.113.7', headers: { authorization: 'Bearer ' } }, policy)).toBe(false);
    expect(mayReadMetrics({ socketAddress: '203.0.113.7', headers: {} }, { trustedProxyHops: 0, token: undefined })).toBe(false);
  });
});
