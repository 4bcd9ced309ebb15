/**
 * Memory figures of the measured process: the peak is the kernel's high-water mark
 * (`process.resourceUsage().maxRSS`), so no spike between two samples is missed; samples
 * (every 50 ms of real time and on every progress report) show the shape over the run.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

/** What {@link createMemorySampler} reports. */
export interface MemoryReport {
  /** Peak resident memory of this process's whole life, in MB. */
  peakRssMb: number;
  /** Resident memory when sampling started, in MB. */
  baselineRssMb: number;
  /** The high-water mark already reached before the sync (module loading, seeding), in MB. */
  peakRssBeforeMb: number;
  /** Largest sampled resident memory during the sync, in MB. */
  peakRssSampledMb: number;
  /** Largest sampled heap in use, in MB. */
  peakHeapUsedMb: number;
  /** Heap in use after a forced full GC at the end (null without `--expose-gc`). */
  heapAfterGcMb: number | null;
  samples: number;
}

const MB = 2 ** 20;

// `BENCH_PROMOTED_PROFILE=<file>`: sample the allocations that survive scavenges (promoted
// garbage, freed only by a full GC, plus what stays live) into a `.heapprofile` for
// DevTools (decisions/049). Objects freed young are left out: they cost no resident memory.
const profileFile = process.env.BENCH_PROMOTED_PROFILE;
const session = profileFile ? new Session() : undefined;
if (session) {
  session.connect();
  session.post('HeapProfiler.enable');
  session.post('HeapProfiler.startSampling', {
    samplingInterval: 2048,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: false,
  });
}

const round = (bytes: number) => Math.round(bytes / MB);

/** Starts sampling; `stop()` ends it and reports. */
export function createMemorySampler(intervalMs = 50) {
  const baseline = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  let peakHeap = 0;
  let peakRss = 0;
  let samples = 0;
  const sample = () => {
    samples++;
    const usage = process.memoryUsage();
    peakHeap = Math.max(peakHeap, usage.heapUsed);
    peakRss = Math.max(peakRss, usage.rss);
    if (process.env.BENCH_TRACE)
      console.error(
        `rss ${round(usage.rss)} total ${round(usage.heapTotal)} heap ${round(usage.heapUsed)} ext ${round(usage.external)} ab ${round(usage.arrayBuffers)}`,
      );
  };
  const timer = setInterval(sample, intervalMs);
  return {
    sample,
    stop(): MemoryReport {
      clearInterval(timer);
      if (session && profileFile)
        session.post('HeapProfiler.stopSampling', (err, res) => {
          if (!err) writeFileSync(profileFile, JSON.stringify(res.profile));
        });
      sample();
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      return {
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        baselineRssMb: round(baseline),
        peakRssBeforeMb: round(peakBefore),
        peakRssSampledMb: round(peakRss),
        peakHeapUsedMb: round(peakHeap),
        heapAfterGcMb: gc ? round(process.memoryUsage().heapUsed) : null,
        samples,
      };
    },
  };
}
