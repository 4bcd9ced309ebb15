import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

describe('the host guide', () => {
  it('shows the tenant recipe exactly as the security suite runs it', () => {
    const guide = read('docs/host-guide.md');
    const block =
      /<!-- recipe: docs\/recipes\/tenant-host\.ts -->\n```ts\n([\s\S]*?)```\n<!-- \/recipe -->/.exec(
        guide,
      );
    expect(block?.[1]).toBe(read('docs/recipes/tenant-host.ts'));
  });

  it('no longer shows a host callback that looks an order up by id alone', () => {
    const guide = read('docs/host-guide.md');
    expect(guide).not.toMatch(/findById: \(id\) => loadOrder\(id\)/);
    expect(guide).not.toMatch(/db\.orders\.get\(id\)/);
  });
});
