import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DemoError } from './host-api.js';
import { demoText, type Lang } from './i18n/text.js';
import { runDemo } from './run-demo.js';
import { createTerminal } from './terminal.js';

/**
 * `pnpm demo`: the whole integration end to end against the Fortnox emulator, unattended.
 * `pnpm demo --ui`: the demo host page with the React components instead.
 * Options: `--lang sv|en` (default sv), `--keep` (keep `.demo-state/`), `--size N` (seeded
 * records per register), `--port N` and `--role admin|user` (with `--ui`).
 */
const { values } = parseArgs({
  options: {
    ui: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    size: { type: 'string', default: '50' },
    port: { type: 'string', default: '5173' },
    role: { type: 'string', default: 'admin' },
    lang: { type: 'string', default: 'sv' },
    'state-dir': { type: 'string', default: '.demo-state' },
  },
});

const term = createTerminal();
const lang: Lang = values.lang === 'en' ? 'en' : 'sv';
const text = demoText(lang);
const stateDir = resolve(values['state-dir']);
const size = Number(values.size);

try {
  if (values.lang !== 'sv' && values.lang !== 'en')
    throw new DemoError({ sv: '--lang är sv eller en.', en: '--lang is sv or en.' });
  if (!Number.isInteger(size) || size < 10)
    throw new DemoError({
      sv: '--size måste vara ett heltal ≥ 10.',
      en: '--size must be a whole number ≥ 10.',
    });
  if (values.ui) {
    const { runUi } = await import('./run-ui.js');
    const role = values.role === 'user' ? 'user' : 'admin';
    await runUi({ stateDir, keep: values.keep, size, port: Number(values.port), role, term, text });
    process.exit(0);
  } else {
    term.line(term.bold(text.title));
    await runDemo({ stateDir, keep: values.keep, size, term, lang });
    term.line();
    term.line('DEMO OK');
    process.exit(0);
  }
} catch (error) {
  term.line();
  const message =
    error instanceof DemoError
      ? error.userMessage[lang]
      : error instanceof Error
        ? error.message
        : String(error);
  term.line(`✖ ${text.failed}: ${message}`);
  if (!(error instanceof DemoError) && error instanceof Error && error.stack) {
    term.line(error.stack.split('\n').slice(1, 6).join('\n'));
  }
  process.exit(1);
}
