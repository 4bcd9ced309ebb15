import { DemoError } from './host-api.js';
import type { Terminal } from './terminal.js';

export interface RunUiOptions {
  stateDir: string;
  keep: boolean;
  size: number;
  port: number;
  role: 'admin' | 'user';
  term: Terminal;
}

export async function runUi(_options: RunUiOptions): Promise<void> {
  throw new DemoError('not yet');
}
