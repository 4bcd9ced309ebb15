import type { Clock } from '@fortnox-kit/core';
import type { RequestHandler } from 'msw';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createFortnoxEmulator,
  type FaultSpec,
  type FortnoxEmulator,
  type TokenSet,
  type UserActions,
} from './index.js';
import { type FortnoxMockServer, setupFortnoxMock, startFortnoxMock } from './node.js';

describe('public API types', () => {
  it('creates an emulator from optional options', () => {
    expectTypeOf(createFortnoxEmulator)
      .parameter(0)
      .toEqualTypeOf<Parameters<typeof createFortnoxEmulator>[0]>();
    expectTypeOf(createFortnoxEmulator()).toEqualTypeOf<FortnoxEmulator>();
    expectTypeOf<FortnoxEmulator['handlers']>().toEqualTypeOf<RequestHandler[]>();
    expectTypeOf<FortnoxEmulator['clock']>().toMatchTypeOf<Clock>();
  });

  it('returns tenant ids as numbers and tokens as a TokenSet', () => {
    const emulator = createFortnoxEmulator();
    expectTypeOf(emulator.createTenant().tenantId).toEqualTypeOf<number>();
    expectTypeOf(emulator.issueTokens).returns.toEqualTypeOf<TokenSet>();
    expectTypeOf(emulator.control.actAsUser).returns.toEqualTypeOf<UserActions>();
    expectTypeOf(emulator.control.injectFault).parameter(0).toEqualTypeOf<FaultSpec>();
  });

  it('starts a localhost server asynchronously and sets up msw synchronously', () => {
    expectTypeOf(startFortnoxMock).returns.resolves.toEqualTypeOf<FortnoxMockServer>();
    expectTypeOf(setupFortnoxMock().emulator).toEqualTypeOf<FortnoxEmulator>();
  });
});
