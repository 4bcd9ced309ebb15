import { describe, expect, it } from 'vitest';
import { createRedactingLogger } from './logger.js';

describe('createRedactingLogger', () => {
  it('redacts known secrets, bearer tokens and credential fields from lines and fields', () => {
    const lines: string[] = [];
    const logger = createRedactingLogger(
      { warn: (message, fields) => lines.push(`${message} ${JSON.stringify(fields)}`) },
      () => ['s3cr3t-client-secret'],
    );
    logger.warn('retry with Authorization: Bearer abc.def.ghi (secret s3cr3t-client-secret)', {
      headers: { Authorization: 'Bearer abc.def.ghi' },
      refresh_token: 'r-123456',
      body: 'grant_type=refresh_token&refresh_token=r-123456',
    });
    const out = lines.join('\n');
    expect(out).not.toContain('abc.def.ghi');
    expect(out).not.toContain('s3cr3t-client-secret');
    expect(out).not.toContain('r-123456');
    expect(out).toContain('[REDACTED]');
  });

  it('skips levels the host logger does not have', () => {
    const logger = createRedactingLogger({}, () => []);
    expect(() => logger.debug('x')).not.toThrow();
  });
});
