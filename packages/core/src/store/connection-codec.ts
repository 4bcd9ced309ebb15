import { ConnectionRecord, type ConnectionRecordInput, ConnectionTokens } from './records.js';
import type { TokenCipher } from './token-cipher.js';

/** A connection as adapters persist it: public fields in clear, tokens as ciphertext. */
export interface EncodedConnection {
  id: string;
  /** JSON of every field except `tokens`. */
  data: string;
  /** `null` when the connection holds no tokens. */
  secret: string | null;
}

/** Validates a connection and encrypts its tokens, bound to the connection id. */
export async function encodeConnection(
  input: ConnectionRecordInput,
  cipher: TokenCipher,
): Promise<{ record: ConnectionRecord; encoded: EncodedConnection }> {
  const record = ConnectionRecord.parse(input);
  const { tokens, ...rest } = record;
  const secret = tokens ? await cipher.encrypt(JSON.stringify(tokens), record.id) : null;
  return { record, encoded: { id: record.id, data: JSON.stringify(rest), secret } };
}

/** Decrypts and validates a stored connection. */
export async function decodeConnection(
  encoded: EncodedConnection,
  cipher: TokenCipher,
): Promise<ConnectionRecord> {
  const tokens = encoded.secret
    ? ConnectionTokens.parse(JSON.parse(await cipher.decrypt(encoded.secret, encoded.id)))
    : null;
  return ConnectionRecord.parse({ ...JSON.parse(encoded.data), tokens });
}
