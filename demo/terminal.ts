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

/** Creates the demo's terminal writer. */
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
  return {
    interactive,
    line: (text = '') => {
      endStatus();
      write(`${text}\n`);
    },
    step(n, title) {
      endStatus();
      write(`\n${cyan(bold(`▶ ${n}. ${title}`))}\n`);
    },
    ok: (text) => {
      endStatus();
      write(`  ${green('✔')} ${text}\n`);
    },
    info: (text) => {
      endStatus();
      write(`  ${text}\n`);
    },
    warn: (text) => {
      endStatus();
      write(`  ${yellow('!')} ${text}\n`);
    },
    bold,
    dim,
    status(text) {
      if (!interactive) return;
      write(`\r\u001b[2K  ${text}`);
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
