import { COLUMNS, visibleLength, wrap } from './wrap.js';

/** Terminal output of the demo: colours and redrawn lines on a TTY, plain text otherwise. */
export interface Terminal {
  /** True when lines can be redrawn (a TTY, not CI). */
  readonly interactive: boolean;
  line(text?: string): void;
  step(n: number, title: string): void;
  ok(text: string): void;
  info(text: string): void;
  warn(text: string): void;
  bold(text: string): string;
  dim(text: string): string;
  /** Redraws the current line (TTY) or does nothing (plain; use `line`). */
  status(text: string): void;
  /** Ends a redrawn line. */
  endStatus(): void;
}

/** Whether the demo can draw: stdout is a TTY and `CI` is not set. */
export function isInteractive(stream: NodeJS.WriteStream = process.stdout): boolean {
  const ci = process.env.CI;
  return stream.isTTY === true && (!ci || ci === 'false' || ci === '0');
}

/**
 * Creates the demo's terminal writer. Every line is wrapped to 80 columns (continuations
 * indented under the text), so nothing wraps by itself in a terminal or a CI log.
 */
export function createTerminal(stream: NodeJS.WriteStream = process.stdout): Terminal {
  const interactive = isInteractive(stream);
  const colour = interactive && !process.env.NO_COLOR;
  const paint = (code: string) => (text: string) =>
    colour ? `\u001b[${code}m${text}\u001b[0m` : text;
  const bold = paint('1');
  const dim = paint('2');
  const green = paint('32');
  const cyan = paint('36');
  const yellow = paint('33');
  let drawing = false;
  const write = (text: string) => stream.write(text);
  const endStatus = () => {
    if (drawing) write('\n');
    drawing = false;
  };
  /** `prefix` then `text`, wrapped; continuation lines indented to the text. */
  const print = (start: string, line: string) => {
    endStatus();
    const lead = /^ */.exec(line)?.[0] ?? '';
    const [prefix, text] = [start + lead, line.slice(lead.length)];
    const indent = ' '.repeat(visibleLength(prefix));
    const [first = '', ...rest] = wrap(text, COLUMNS - indent.length, '');
    write(`${prefix}${first}\n`);
    for (const line of rest) write(`${indent}${line}\n`);
  };
  return {
    interactive,
    line: (text = '') => print('', text),
    step(n, title) {
      endStatus();
      write('\n');
      print(cyan(bold(`▶ ${n}. `)), cyan(bold(title)));
    },
    ok: (text) => print(`  ${green('✔')} `, text),
    info: (text) => print('  ', text),
    warn: (text) => print(`  ${yellow('!')} `, text),
    bold,
    dim,
    status(text) {
      if (!interactive) return;
      const [first = ''] = wrap(text, COLUMNS - 3, '');
      write(`\r\u001b[2K  ${first}`);
      drawing = true;
    },
    endStatus,
  };
}

/** A text progress bar: `[██████░░░░]  60%`. */
export function progressBar(done: number, total: number, width = 28): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(ratio * width);
  const percent = String(Math.round(ratio * 100)).padStart(3);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${percent}%`;
}
