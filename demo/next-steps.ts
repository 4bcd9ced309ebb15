import type { DemoText } from './i18n/text.js';
import type { Terminal } from './terminal.js';

/** The demo's footer: what to open or run next, one command and one line of why each. */
export function printNext(term: Terminal, text: DemoText, statePath: string, pdfPath: string) {
  const why = text.next;
  const items = [
    [`open ${pdfPath}`, why.pdf],
    [`sqlite3 ${statePath} .tables`, why.sqlite],
    ['pnpm demo --ui', why.ui],
    ['pnpm demo --keep', why.keep],
    ['demo/demo-server.ts', why.server],
    ['docs/host-guide.md', why.guide],
    ['docs/settings.md', why.settings],
    ['pnpm exec fortnox-mock --port 0', why.emulator],
  ] as const;
  term.line();
  term.line(term.bold(text.nextTitle));
  for (const [what, reason] of items) {
    term.info(what);
    term.info(`  ${term.dim(reason)}`);
  }
}
