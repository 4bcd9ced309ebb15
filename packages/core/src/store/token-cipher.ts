import { FortnoxKitError } from '../errors/fortnox-kit-error.js';

/**
 * Encrypts connection secrets at rest with AES-256-GCM (WebCrypto, `globalThis.crypto.subtle`).
 * The ciphertext is bound to the connection id through GCM's additional data, so a secret
 * copied onto another row does not decrypt.
 */
export interface TokenCipher {
  encrypt(plaintext: string, associatedData: string): Promise<string>;
  /** Throws {@link TokenDecryptionError} when no key fits or the data was tampered with. */
  decrypt(ciphertext: string, associatedData: string): Promise<string>;
}

/** A 32-byte key as raw bytes, base64 (standard or url-safe) or an AES-GCM `CryptoKey`. */
export type EncryptionKey = Uint8Array | string | CryptoKey;

/** Options of {@link createTokenCipher}. */
export interface TokenCipherOptions {
  /** Encrypts everything new and decrypts first. */
  key: EncryptionKey;
  /** Older keys still accepted for decryption, for key rotation. @default [] */
  previousKeys?: readonly EncryptionKey[];
}

/** Thrown when stored secrets cannot be decrypted with any configured key. */
export class TokenDecryptionError extends FortnoxKitError {
  override name = 'TokenDecryptionError';
}

const VERSION = 'v1';
const IV_BYTES = 12;

/**
 * Creates a {@link TokenCipher}.
 *
 * @example
 * const cipher = createTokenCipher({ key: process.env.FORTNOX_KIT_KEY! }); // 32 bytes, base64
 */
export function createTokenCipher(options: TokenCipherOptions): TokenCipher {
  const keys = [options.key, ...(options.previousKeys ?? [])].map(importKey);
  const encoder = new TextEncoder();
  return {
    async encrypt(plaintext, associatedData) {
      const key = await keys[0];
      const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const data = await globalThis.crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: encoder.encode(associatedData) },
        key as CryptoKey,
        encoder.encode(plaintext),
      );
      return `${VERSION}.${toBase64(iv)}.${toBase64(new Uint8Array(data))}`;
    },
    async decrypt(ciphertext, associatedData) {
      const [version, ivText, dataText] = ciphertext.split('.');
      if (version !== VERSION || !ivText || !dataText) {
        throw new TokenDecryptionError('Stored secret has an unknown format');
      }
      for (const pending of keys) {
        try {
          const plain = await globalThis.crypto.subtle.decrypt(
            {
              name: 'AES-GCM',
              iv: fromBase64(ivText),
              additionalData: encoder.encode(associatedData),
            },
            await pending,
            fromBase64(dataText),
          );
          return new TextDecoder().decode(plain);
        } catch {
          // wrong key or tampered data: try the next key
        }
      }
      throw new TokenDecryptionError(
        'Stored secret could not be decrypted: wrong encryption key or tampered data',
      );
    },
  };
}

/** Generates a fresh random 32-byte key, base64-encoded, for hosts setting up the kit. */
export function generateEncryptionKey(): string {
  return toBase64(globalThis.crypto.getRandomValues(new Uint8Array(32)));
}

async function importKey(key: EncryptionKey): Promise<CryptoKey> {
  if (typeof key !== 'string' && !(key instanceof Uint8Array)) return key;
  const raw = typeof key === 'string' ? fromBase64(key) : new Uint8Array(key);
  if (raw.byteLength !== 32) {
    throw new RangeError(`Encryption key must be 32 bytes (got ${raw.byteLength})`);
  }
  return globalThis.crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const normal = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(normal.padEnd(Math.ceil(normal.length / 4) * 4, '='));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Adapters' helper: a given cipher wins over a raw key; one of them is required. */
export function resolveCipher(options: {
  encryptionKey?: EncryptionKey;
  cipher?: TokenCipher;
}): TokenCipher {
  if (options.cipher) return options.cipher;
  if (options.encryptionKey === undefined) {
    throw new TypeError('A state store needs an encryptionKey (32 bytes) or a cipher');
  }
  return createTokenCipher({ key: options.encryptionKey });
}
