import { describe, expect, it } from 'vitest';
import { settingsMetadata } from '../../packages/core/src/settings/metadata.js';
import { renderSettingsDoc, staleDocs } from '../../scripts/gen-settings-doc.js';

describe('generated docs', () => {
  it('docs/settings.md and docs/fortnox-errors.md match the code (run `pnpm docs:settings`)', () => {
    expect(staleDocs()).toEqual([]);
  });

  it('documents every setting of the metadata', () => {
    const doc = renderSettingsDoc();
    for (const meta of settingsMetadata) expect(doc).toContain(`### \`${meta.key}\``);
  });
});
