/**
 * Everything the mock remembers, in one place so the programmatic surface
 * (MockServer) and the /__admin/* endpoints steer the very same state.
 */
import type { ModelId } from '../../core/models/catalogue';
import { FaultBook } from './faults';
import type { RasterOverride } from './raster-override';
import type { SvgOverride } from './svg-override';
import { RequestLog } from './request-log';
import { ResultFiles } from './results';
import { TaskBook, type DurationSetting } from './tasks';
import { DEMO_KEY, type MockOptions, type ResponseShape } from './types';

const HOUR_MS = 60 * 60 * 1000;

export const DEFAULT_FAILURE = 'Generation failed: the model could not render this prompt';

export class MockState {
  shape: ResponseShape = 'envelope';
  duration: DurationSetting | undefined;
  resultTtlMs = HOUR_MS;
  vectorDelivery: 'url' | 'inline' = 'url';
  synchronousModels: readonly ModelId[] = [];
  /** Unfinished tasks a key may have at once; undefined: no limit. */
  maxConcurrent: number | undefined;
  /** The message the next created task fails with, when armed. */
  failNext: string | undefined;
  /** Bytes every raster result is served as, when set. */
  rasterOverride: RasterOverride | null = null;
  /** Text every vector result is served as, when set. */
  svgOverride: SvgOverride | null = null;
  /** Generations carrying `controls` are refused (400 naming the field). */
  rejectControls = false;
  readonly balances = new Map<string, number>();
  readonly tasks = new TaskBook();
  readonly faults = new FaultBook();
  readonly log = new RequestLog();
  readonly files = new ResultFiles(
    () => this.resultTtlMs,
    () => this.rasterOverride,
    () => this.svgOverride,
  );

  constructor(private readonly options: MockOptions = {}) {
    this.reset();
  }

  /** Back to the options the server was started with: balances, tasks, faults, log and files. */
  reset(): void {
    const { options } = this;
    this.shape = options.shape ?? 'envelope';
    this.duration = options.durationMs;
    this.resultTtlMs = options.resultTtlMs ?? HOUR_MS;
    this.vectorDelivery = options.vectorDelivery ?? 'url';
    this.synchronousModels = options.synchronousModels ?? [];
    this.maxConcurrent = options.maxConcurrent;
    this.failNext = undefined;
    this.rasterOverride = null;
    this.svgOverride = null;
    this.rejectControls = options.rejectControls ?? false;
    this.balances.clear();
    for (const [key, credits] of Object.entries(options.keys ?? { [DEMO_KEY]: 1000 })) {
      this.balances.set(key, credits);
    }
    this.tasks.clear();
    this.faults.clear();
    this.log.clear();
    this.files.clear();
  }

  /** The next task's failure message, consumed. */
  takeFailure(): string | undefined {
    const message = this.failNext;
    this.failNext = undefined;
    return message;
  }

  /** A summary for GET /__admin/state (balances are per key: it is a loopback dev tool). */
  summary(): Record<string, unknown> {
    return {
      shape: this.shape,
      balances: Object.fromEntries(this.balances),
      tasks: this.tasks.list().length,
      faults: this.faults.count,
      failNextTask: this.failNext !== undefined,
      durationMs: this.duration ?? 'default',
      resultTtlMs: this.resultTtlMs,
      vectorDelivery: this.vectorDelivery,
      synchronousModels: this.synchronousModels,
      maxConcurrent: this.maxConcurrent ?? null,
      rasterOverride: this.rasterOverride
        ? { mime: this.rasterOverride.mime, bytes: this.rasterOverride.bytes.length }
        : null,
      svgOverride: this.svgOverride ? { characters: this.svgOverride.svg.length } : null,
      rejectControls: this.rejectControls,
      demoKey: DEMO_KEY,
    };
  }
}
