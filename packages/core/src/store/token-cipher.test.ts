import { describe, expect, it } from 'vitest';
import { createTokenCipher, generateEncryptionKey, TokenDecryptionError } from './token-cipher.js';

describe('createTokenCipher', () => {
  const key = generateEncryptionKey();

  it('round-trips a secret and never repeats a ciphertext', async () => {
    const cipher = createTokenCipher({ key });
    const a = await cipher.encrypt('refresh-token', 'conn-1');
    const b = await cipher.encrypt('refresh-token', 'conn-1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('refresh-token');
    expect(await cipher.decrypt(a, 'conn-1')).toBe('refresh-token');
  });

  it('rejects a ciphertext moved to another connection or tampered with', async () => {
    const cipher = createTokenCipher({ key });
    const sealed = await cipher.encrypt('refresh-token', 'conn-1');
    await expect(cipher.decrypt(sealed, 'conn-2')).rejects.toBeInstanceOf(TokenDecryptionError);
    const tampered = `${sealed.slice(0, -4)}AAAA`;
    await expect(cipher.decrypt(tampered, 'conn-1')).rejects.toBeInstanceOf(TokenDecryptionError);
  });

  it('decrypts with a previous key after rotation and encrypts with the new one', async () => {
    const sealed = await createTokenCipher({ key }).encrypt('secret', 'c');
    const newKey = generateEncryptionKey();
    const rotated = createTokenCipher({ key: newKey, previousKeys: [key] });
    expect(await rotated.decrypt(sealed, 'c')).toBe('secret');
    const resealed = await rotated.encrypt('secret', 'c');
    await expect(createTokenCipher({ key }).decrypt(resealed, 'c')).rejects.toThrow(
      /wrong encryption key/,
    );
  });

  it('refuses a key that is not 32 bytes', async () => {
    const cipher = createTokenCipher({ key: 'c2hvcnQ=' });
    await expect(cipher.encrypt('x', 'c')).rejects.toThrow(/32 bytes/);
  });
});
