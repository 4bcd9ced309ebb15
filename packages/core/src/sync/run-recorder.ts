import type { RegisterName, SyncCounts, SyncLogEntryInput } from '../store/records.js';
import type { StateStore } from '../store/state-store.js';
import type { RegisterProgress, RunCounts, RunRecorder, SyncPlanItem } from './sync-types.js';

/** A {@link RunRecorder} that buffers log lines until the page they belong to commits. */
export interface BufferedRecorder extends RunRecorder {
  readonly counts: RunCounts;
  readonly planItems: SyncPlanItem[];
  /** Writes buffered log lines to the store. */
  flush(): Promise<void>;
  /** Records handled so far in one register and direction (from progress reports). */
  processed(step: { register: RegisterName; direction: RegisterProgress['direction'] }): number;
}

const ZERO: SyncCounts = {
  read: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  failed: 0,
  deleted: 0,
};

/** Creates the recorder of one run. */
export function createRunRecorder(options: {
  runId: string;
  store: StateStore | undefined;
  now(): number;
  onProgress?: (progress: RegisterProgress) => void;
  onCounts?: (counts: RunCounts) => void;
  onLog?: (entry: SyncLogEntryInput) => void;
}): BufferedRecorder {
  const counts: RunCounts = {};
  const planItems: SyncPlanItem[] = [];
  let buffer: SyncLogEntryInput[] = [];
  const processed = new Map<string, number>();
  let seq = 0;
  return {
    counts,
    planItems,
    count(register: RegisterName, key: keyof SyncCounts, by = 1) {
      const current = counts[register] ?? { ...ZERO };
      current[key] += by;
      counts[register] = current;
      options.onCounts?.(counts);
    },
    log(entry) {
      const line = { ...entry, runId: options.runId, seq: seq++, at: options.now() };
      buffer.push(line);
      options.onLog?.(line);
    },
    plan(item) {
      planItems.push(item);
    },
    progress(progress) {
      if (progress.phase !== 'done') {
        processed.set(`${progress.register}:${progress.direction}`, progress.processed);
      }
      options.onProgress?.(progress);
    },
    processed(step) {
      return processed.get(`${step.register}:${step.direction}`) ?? 0;
    },
    async flush() {
      if (buffer.length === 0 || !options.store) return;
      const entries = buffer;
      buffer = [];
      await options.store.appendRunLog(entries);
    },
  };
}
