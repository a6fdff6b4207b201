import { describe, expect, it } from 'vitest';
import { MODELS } from '../../../core/models/catalogue';
import {
  deadlineMs,
  faultDelayMs,
  firstPollDelayMs,
  nextPollDelayMs,
  SCHEDULE,
} from '../../../core/tasks/schedule';
import { newPendingTask } from '../../../core/tasks/new-task';
import { DEFAULT_VECTOR_OPTIONS } from '../../../core/tasks/types';
import { seeded } from './seeded';

/** Poll times (ms after creation) the schedule gives over `horizon`. */
function pollTimes(typicalMs: number, random: () => number, horizon = 6 * typicalMs): number[] {
  const times: number[] = [];
  let now = firstPollDelayMs({ createdAt: 0, now: 0, typicalMs, faults: 0 });
  while (now <= horizon) {
    times.push(now);
    now += nextPollDelayMs({ createdAt: 0, now, typicalMs, faults: 0 }, random);
  }
  return times;
}

const typicals = [...new Set(MODELS.map((m) => m.typicalSeconds * 1000))];

describe('polling schedule', () => {
  it.each(typicals)('T=%i ms: first poll at half the typical time, never before 1 s', (T) => {
    expect(firstPollDelayMs({ createdAt: 0, now: 0, typicalMs: T, faults: 0 })).toBe(
      Math.max(1000, SCHEDULE.firstAt * T),
    );
    expect(firstPollDelayMs({ createdAt: 0, now: 0, typicalMs: 500, faults: 0 })).toBe(1000);
  });

  it('polls a resumed (late) task at once', () => {
    expect(firstPollDelayMs({ createdAt: 0, now: 60_000, typicalMs: 15_000, faults: 0 })).toBe(0);
  });

  it.each(typicals)('T=%i ms: poll times rise, never closer than ~0.85 s nor further than the cap', (T) => {
    for (let seed = 1; seed <= 20; seed++) {
      const times = pollTimes(T, seeded(seed));
      const gaps = times.slice(1).map((t, i) => t - times[i]!);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(SCHEDULE.denseMinMs * (1 - SCHEDULE.jitter) - 1);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(SCHEDULE.capMs);
    }
  });

  it.each(typicals)('T=%i ms: densest around the typical time, sparser before and after', (T) => {
    const times = pollTimes(T, seeded(3));
    const rate = (from: number, to: number) =>
      times.filter((t) => t >= from * T && t < to * T).length / (((to - from) * T) / 1000);
    const before = rate(0, SCHEDULE.denseFrom);
    const around = rate(SCHEDULE.denseFrom, SCHEDULE.denseUntil);
    const late = rate(3, 6);
    expect(around).toBeGreaterThan(before);
    expect(around).toBeGreaterThan(late);
    expect(around).toBeGreaterThanOrEqual(1 / ((SCHEDULE.denseMaxMs * (1 + SCHEDULE.jitter)) / 1000) - 0.2);
  });

  it('backs off exponentially once late, up to the cap', () => {
    const T = 10_000;
    const times = pollTimes(T, () => 0.5, 40 * T).filter((t) => t > 2 * T);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThanOrEqual(gaps[i - 1]!);
    expect(gaps[0]!).toBeLessThan(3000);
    expect(gaps.at(-1)).toBe(SCHEDULE.capMs);
    // Geometric growth: a handful of polls covers the stretch from the window's end to the cap.
    expect(gaps.findIndex((g) => g === SCHEDULE.capMs)).toBeLessThan(12);
  });

  it('jitter stays within its bounds and is repeatable for a given random source', () => {
    const T = 15_000;
    for (const elapsed of [7000, 15_000, 40_000, 90_000]) {
      const at = (r: number) =>
        nextPollDelayMs({ createdAt: 0, now: elapsed, typicalMs: T, faults: 0 }, () => r);
      const mid = at(0.5);
      const spread = elapsed > SCHEDULE.denseUntil * T ? SCHEDULE.lateJitter : SCHEDULE.jitter;
      expect(at(0)).toBeGreaterThanOrEqual(Math.floor(mid * (1 - spread)));
      expect(at(1)).toBeLessThanOrEqual(Math.min(SCHEDULE.capMs, Math.ceil(mid * (1 + spread))));
      expect(at(0)).toBeLessThan(at(1) + 1);
    }
    expect(pollTimes(T, seeded(9))).toEqual(pollTimes(T, seeded(9)));
    expect(pollTimes(T, seeded(9))).not.toEqual(pollTimes(T, seeded(10)));
  });

  it('tolerates a broken random source', () => {
    const delay = nextPollDelayMs({ createdAt: 0, now: 15_000, typicalMs: 15_000, faults: 0 }, () => NaN);
    expect(Number.isFinite(delay)).toBe(true);
  });

  it('honours Retry-After, even beyond the cap', () => {
    const ctx = { createdAt: 0, now: 15_000, typicalMs: 15_000, faults: 1 };
    for (const retryAfterMs of [0, 3000, 25_000, 120_000]) {
      expect(nextPollDelayMs({ ...ctx, retryAfterMs }, seeded(1))).toBeGreaterThanOrEqual(retryAfterMs);
    }
  });

  it('backs off after consecutive faults, bounded and jittered', () => {
    const mid = (faults: number) => faultDelayMs(faults, () => 1);
    expect(faultDelayMs(0, () => 1)).toBe(0);
    expect([1, 2, 3, 4, 5].map(mid)).toEqual([1000, 2000, 4000, 8000, 15_000]);
    expect(mid(30)).toBe(SCHEDULE.faultCapMs);
    expect(faultDelayMs(3, () => 0)).toBe(2000);
    const ctx = { createdAt: 0, now: 15_000, typicalMs: 15_000 };
    expect(nextPollDelayMs({ ...ctx, faults: 4 }, () => 1)).toBeGreaterThanOrEqual(8000);
  });
});

describe('deadlines', () => {
  it('are max(3 min, 6× typical) and monotone in the typical time', () => {
    expect(deadlineMs(10_000)).toBe(180_000);
    expect(deadlineMs(35_000)).toBe(210_000);
    let last = 0;
    for (let T = 0; T < 100_000; T += 2500) {
      expect(deadlineMs(T)).toBeGreaterThanOrEqual(last);
      last = deadlineMs(T);
    }
  });

  it('newPendingTask sets each model its deadline and keeps an immediate result', () => {
    for (const model of MODELS) {
      const request = {
        model: model.id,
        prompt: 'a fox',
        size: model.sizes[0]!,
        vector: DEFAULT_VECTOR_OPTIONS,
        target: { kind: 'viewport' } as const,
      };
      const task = newPendingTask({ taskId: 't' }, request, 1000);
      expect(task).toEqual({
        taskId: 't',
        request,
        createdAt: 1000,
        deadlineAt: 1000 + deadlineMs(model.typicalSeconds * 1000),
      });
      const immediate = { status: 'succeeded' as const, urls: ['https://cdn.test/a.png'] };
      expect(newPendingTask({ taskId: 's', immediate }, request, 0).immediate).toBe(immediate);
    }
  });
});
