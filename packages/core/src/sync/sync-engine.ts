import type { Clock } from '../env/clock.js';
import { systemClock } from '../env/clock.js';
import type { HostRegisters } from '../host-registers/host-registers.js';
import type {
  RegisterName,
  SyncLogEntryInput,
  SyncRunRecord,
  SyncTrigger,
} from '../store/records.js';
import type { StateStore } from '../store/state-store.js';
import { createArticlesSpec } from './articles-spec.js';
import { createCustomersSpec } from './customers-spec.js';
import { DeletionPolicy, type DeletionPolicyInput } from './deletion-policy.js';
import type { FortnoxIdSet } from './fortnox-deletion.js';
import type { FortnoxSyncApi } from './fortnox-sync-api.js';
import type { AnyRegisterSpec } from './register-spec.js';
import { createRunRecorder } from './run-recorder.js';
import type { SyncSettings } from './sync-settings.js';
import { runPullStep, runPushStep, type StepContext } from './sync-steps.js';
import type {
  RegisterProgress,
  RunCounts,
  SyncCheckpoint,
  SyncPlanItem,
  SyncStep,
} from './sync-types.js';

/** Options of {@link createSyncEngine}. */
export interface SyncEngineOptions {
  connectionId: string;
  store: StateStore;
  host: HostRegisters;
  fortnox: FortnoxSyncApi;
  /** Read at the start of every run, so a settings change applies to the next run. */
  settings: () => SyncSettings | Promise<SyncSettings>;
  /** @default systemClock */
  clock?: Clock;
  /**
   * How far before the previous list the next `lastmodified` starts: covers clock skew
   * and Fortnox's minute precision; re-read records are recognised by fingerprint.
   * @default 300000 (5 minutes)
   */
  overlapMs?: number;
  /** Host records per `changedSince` call. @default 500 */
  hostPageSize?: number;
  /** Fortnox records per list page (max 500). @default 500 */
  fortnoxPageSize?: number;
  /** What a deletion on one side does on the other (decisions/115). @default deactivate */
  deletions?: DeletionPolicyInput;
}

/** Options of one run. */
export interface SyncRunOptions {
  trigger: SyncTrigger;
  /** Read every record on both sides (full reconciliation). @default false */
  full?: boolean;
  /** @default ['customers', 'articles'] */
  registers?: readonly RegisterName[];
  signal?: AbortSignal;
  /** @default a random UUID */
  runId?: string;
  /** A run that did not finish (crash, abort): continue from its last committed page. */
  resumeFrom?: SyncRunRecord;
  onProgress?: (progress: RegisterProgress) => void;
  onCounts?: (counts: RunCounts) => void;
  /** Every per-record log line as it happens (the store gets them when the page commits). */
  onLog?: (entry: SyncLogEntryInput) => void;
}

/** A dry run's result: what a sync would do, record by record. */
export interface SyncPlan {
  items: SyncPlanItem[];
  counts: RunCounts;
}

/** The register sync of one connection. */
export interface SyncEngine {
  /** Runs a sync to its end; resolves with the stored run (succeeded, failed or interrupted). */
  run(options: SyncRunOptions): Promise<SyncRunRecord>;
  /** A dry run: reads both sides, writes nothing (no host, Fortnox, link or cursor write). */
  plan(options?: Omit<SyncRunOptions, 'trigger' | 'resumeFrom' | 'runId'>): Promise<SyncPlan>;
}

export const DEFAULT_OVERLAP_MS = 5 * 60_000;

/**
 * Creates the {@link SyncEngine} of one connection.
 *
 * @example
 * const engine = createSyncEngine({ connectionId, store, host, fortnox: createFortnoxSyncApi(client.request), settings: () => settings });
 * const run = await engine.run({ trigger: 'manual' });
 */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const clock = options.clock ?? systemClock;
  const overlapMs = options.overlapMs ?? DEFAULT_OVERLAP_MS;
  const { store, connectionId } = options;
  const deletions = DeletionPolicy.parse(options.deletions ?? {});

  const specsFor = (settings: SyncSettings): Record<RegisterName, AnyRegisterSpec> => ({
    customers: createCustomersSpec(options.fortnox, options.host.customers, settings),
    articles: createArticlesSpec(options.fortnox, options.host.articles, settings),
  });

  async function execute(
    run: SyncRunRecord | undefined,
    checkpoint: SyncCheckpoint,
    runOptions: Omit<SyncRunOptions, 'trigger'>,
    dryRun: boolean,
  ) {
    const settings = await options.settings();
    const specs = specsFor(settings);
    const recorder = createRunRecorder({
      runId: run?.id ?? 'dry-run',
      store: dryRun ? undefined : store,
      now: () => clock.now(),
      onProgress: runOptions.onProgress,
      onCounts: runOptions.onCounts,
      onLog: runOptions.onLog,
    });
    const save = async () => {
      await recorder.flush();
      if (run)
        await store.updateRun(run.id, { checkpoint: { ...checkpoint }, counts: recorder.counts });
    };
    const fortnoxIds = new Map<RegisterName, FortnoxIdSet>();
    for (; checkpoint.step < checkpoint.steps.length; checkpoint.step++) {
      const step = checkpoint.steps[checkpoint.step] as SyncStep;
      const context: StepContext = {
        connectionId,
        store,
        fortnox: options.fortnox,
        clock,
        overlapMs,
        hostPageSize: options.hostPageSize ?? 500,
        fortnoxPageSize: options.fortnoxPageSize,
        spec: specs[step.register],
        recorder,
        checkpoint,
        full: checkpoint.full || (step.register === 'customers' && checkpoint.fullCustomers),
        dryRun,
        save,
        signal: runOptions.signal,
        deletions,
        fortnoxIds,
      };
      await (step.direction === 'to-host' ? runPullStep(context) : runPushStep(context));
      recorder.progress({
        ...step,
        phase: 'done',
        processed: recorder.processed(step),
        total: null,
      });
      checkpoint.page = 0;
      checkpoint.since = null;
      checkpoint.listStartedAt = null;
      checkpoint.hostCursor = null;
      if (!dryRun) await save();
    }
    return recorder;
  }

  async function freshCheckpoint(
    runOptions: Omit<SyncRunOptions, 'trigger'>,
    trigger: SyncTrigger | 'plan',
  ) {
    const settings = await options.settings();
    const registers = runOptions.registers ?? ['customers', 'articles'];
    const steps: SyncStep[] = [];
    for (const register of ['customers', 'articles'] as const) {
      if (!registers.includes(register)) continue;
      steps.push({ register, direction: 'to-host' }, { register, direction: 'to-fortnox' });
    }
    return {
      step: 0,
      page: 0,
      since: null,
      listStartedAt: null,
      hostCursor: null,
      full: runOptions.full ?? false,
      steps,
      // SPEC setting 24: "Synk" makes every Fortnox customer overwrite the host's.
      fullCustomers: trigger === 'manual' && settings.syncUpdatedCustomers,
    } satisfies SyncCheckpoint;
  }

  return {
    async run(runOptions) {
      const resumed = runOptions.resumeFrom;
      if (resumed?.status === 'running') {
        await store.updateRun(resumed.id, {
          status: 'interrupted',
          finishedAt: clock.now(),
          error: 'interrupted before it finished; resumed',
        });
      }
      const checkpoint: SyncCheckpoint = resumed?.checkpoint
        ? structuredClone(resumed.checkpoint as SyncCheckpoint)
        : await freshCheckpoint(runOptions, runOptions.trigger);
      let run = await store.createRun({
        id: runOptions.runId ?? globalThis.crypto.randomUUID(),
        connectionId,
        trigger: resumed ? 'resume' : runOptions.trigger,
        full: checkpoint.full,
        status: 'running',
        startedAt: clock.now(),
        checkpoint,
      });
      try {
        const recorder = await execute(run, checkpoint, runOptions, false);
        run = await store.updateRun(run.id, {
          status: 'succeeded',
          finishedAt: clock.now(),
          counts: recorder.counts,
          checkpoint: null,
        });
      } catch (error) {
        const aborted = runOptions.signal?.aborted === true;
        run = await store.updateRun(run.id, {
          status: aborted ? 'interrupted' : 'failed',
          finishedAt: clock.now(),
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
      }
      return run;
    },
    async plan(planOptions = {}) {
      const checkpoint = await freshCheckpoint(planOptions, 'plan');
      const recorder = await execute(undefined, checkpoint, planOptions, true);
      return { items: recorder.planItems, counts: recorder.counts };
    },
  };
}
