import { describe, expect, it } from 'vitest';
import { createMemoryStateStore } from '../store/memory-store.js';
import { generateEncryptionKey } from '../store/token-cipher.js';
import { createSettingsStore } from './settings-store.js';

const setup = () => {
  const store = createMemoryStateStore({ encryptionKey: generateEncryptionKey() });
  let time = 1_000;
  return {
    store,
    settings: createSettingsStore(store, 'c1', () => time++, { orderText: 'Standard' }),
  };
};

describe('settings store', () => {
  it('gives the defaults until an admin saves, then the saved values with the time', async () => {
    const { settings } = setup();
    expect(await settings.get()).toMatchObject({
      settings: { orderText: 'Standard', sumArticleRows: false },
      updatedAt: null,
    });
    await settings.put({ sumArticleRows: true, noSumArticleNumbers: '12; 13;' });
    const saved = await settings.get();
    expect(saved.settings).toMatchObject({
      sumArticleRows: true,
      noSumArticleNumbers: ['12', '13'],
    });
    expect(saved.updatedAt).toBe(1_000);
  });

  it('refuses an invalid value naming its key, and keeps the previous settings', async () => {
    const { settings } = setup();
    await settings.put({ costCenter: 'SERV' });
    await expect(settings.put({ costCenter: 'FAR-TOO-LONG' })).rejects.toMatchObject({
      code: 'validation_failed',
      field: 'costCenter',
    });
    expect((await settings.get()).settings.costCenter).toBe('SERV');
  });

  it('drops unknown keys and patches single keys of the stored input', async () => {
    const { store, settings } = setup();
    await settings.put({ markInvoicedOnSend: true, evil: '<script>' });
    await settings.patch({ subgroup: 'Väst' });
    expect((await settings.get()).settings).toMatchObject({
      markInvoicedOnSend: true,
      subgroup: 'Väst',
    });
    expect(await store.getCursor('c1', 'settings')).not.toContain('evil');
  });
});
