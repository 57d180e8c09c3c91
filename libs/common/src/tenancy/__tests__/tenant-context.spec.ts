import { describe, expect, it } from '@jest/globals';
import { TenantContextMissingError, TenantContextStore, systemContextFor } from '../tenant-context.js';

describe('TenantContextStore', () => {
  const ctx = systemContextFor('3f1c2a9e-0000-4000-8000-000000000002', '510000.510100', 'req-1');

  it('throws when read outside a tenant transaction: there is no default tenant', () => {
    expect(() => TenantContextStore.current()).toThrow(TenantContextMissingError);
  });

  it('gives the context to everything called within, across awaits', async () => {
    const seen = await TenantContextStore.run(ctx, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return TenantContextStore.current();
    });
    expect(seen).toBe(ctx);
  });

  it('does not leak a context into work started after it ended', async () => {
    await TenantContextStore.run(ctx, async () => undefined);
    expect(() => TenantContextStore.current()).toThrow(TenantContextMissingError);
  });
});
