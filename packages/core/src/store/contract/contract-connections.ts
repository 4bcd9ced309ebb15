import { expect, it } from 'vitest';
import { generateEncryptionKey, TokenDecryptionError } from '../token-cipher.js';
import type { StateStoreContext } from './contract-context.js';
import { connection, tokens } from './contract-context.js';

/** The contract's tests of connections: tokens encrypted at rest and rotated by one refresh at a time. */
export function describeConnectionContract(context: StateStoreContext): void {
  it('stores a connection and returns its tokens decrypted', async () => {
    const store = await context.setup();
    await store.saveConnection(connection);
    const got = await store.getConnection('conn-1');
    expect(got?.tokens).toEqual(tokens);
    expect(got?.tenantId).toBeNull();
    expect((await store.listConnections()).map((c) => c.id)).toEqual(['conn-1']);
  });

  it.skipIf(!context.probe.rawBytes)('never persists tokens in clear text', async () => {
    const store = await context.setup();
    await store.saveConnection(connection);
    const raw = (await context.adapter().rawBytes?.()) ?? '';
    expect(raw).toContain('conn-1');
    expect(raw).not.toContain('access-secret-123');
    expect(raw).not.toContain('refresh-secret-456');
  });

  it.skipIf(!context.probe.separateHandles)(
    'refuses to decrypt tokens with another key',
    async () => {
      const store = await context.setup();
      await store.saveConnection(connection);
      const other = await context.adapter().open(generateEncryptionKey());
      await expect(other.getConnection('conn-1')).rejects.toBeInstanceOf(TokenDecryptionError);
      await other.close();
    },
  );

  it('lets only one of two concurrent refreshes store its rotated token', async () => {
    const store = await context.setup();
    await store.saveConnection(connection);
    const second = context.probe.separateHandles ? await context.adapter().open() : store;
    const rotated = (n: string) => ({ ...tokens, accessToken: `a-${n}`, refreshToken: `r-${n}` });
    const results = await Promise.all([
      store.compareAndSetTokens('conn-1', 0, rotated('x')),
      second.compareAndSetTokens('conn-1', 0, rotated('y')),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const stored = await store.getConnection('conn-1');
    expect(stored?.tokenVersion).toBe(1);
    expect(stored?.tokens?.refreshToken).toBe(results.find(Boolean)?.tokens?.refreshToken);
    expect(await store.compareAndSetTokens('conn-1', 0, rotated('z'))).toBeUndefined();
    const marked = await store.compareAndSetTokens('conn-1', 1, null, {
      status: 'reconnect-needed',
    });
    expect(marked).toMatchObject({ status: 'reconnect-needed', tokens: null, tokenVersion: 2 });
    if (second !== store) await second.close();
  });
}
