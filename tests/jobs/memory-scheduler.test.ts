// The playground's scheduler on a virtual clock: nothing runs until time is
// advanced and runDue() is called; then due jobs run in time order.

import { describe, expect, it } from 'vitest';
import type { JobData } from '../../src/core/jobs.ts';
import { ManualClock, MemoryScheduler } from '../../src/jobs/memory-scheduler.ts';

const HOUR = 3_600_000;

function setup() {
  const clock = new ManualClock(new Date('2025-03-03T08:00:00Z'));
  const scheduler = new MemoryScheduler({ clock });
  const runs: Array<{ id: string; data: JobData; at: string }> = [];
  for (const name of ['remind', 'nudge']) {
    scheduler.register(name, async (data, meta) => {
      runs.push({ id: meta.id, data, at: clock.now().toISOString() });
    });
  }
  const at = (hours: number) => new Date(clock.now().getTime() + hours * HOUR);
  return { clock, scheduler, runs, at };
}

describe('MemoryScheduler', () => {
  it('runs due jobs in the order they were due, only after the clock reaches them', async () => {
    const { clock, scheduler, runs, at } = setup();
    await scheduler.schedule({ id: 'late', name: 'nudge', data: { n: 2 }, runAt: at(5) });
    await scheduler.schedule({ id: 'early', name: 'remind', data: { n: 1 }, runAt: at(2) });
    await scheduler.schedule({ id: 'later', name: 'remind', data: { n: 3 }, runAt: at(30) });

    expect(await scheduler.runDue()).toBe(0);
    clock.advance(6 * HOUR);
    expect(await scheduler.runDue()).toBe(2);
    expect(runs.map((r) => r.id)).toEqual(['early', 'late']);
    expect(scheduler.nextRunAt()?.toISOString()).toBe('2025-03-04T14:00:00.000Z');
  });

  it('keeps one job per id, moves it when rescheduled, and forgets it when cancelled', async () => {
    const { clock, scheduler, runs, at } = setup();
    await scheduler.schedule({ id: 'r1', name: 'remind', data: { v: 1 }, runAt: at(1) });
    await scheduler.schedule({ id: 'r1', name: 'remind', data: { v: 2 }, runAt: at(3) });
    await scheduler.schedule({ id: 'gone', name: 'nudge', data: {}, runAt: at(1) });
    await scheduler.cancel('gone');

    clock.advance(2 * HOUR);
    await scheduler.runDue();
    expect(runs).toEqual([]);
    clock.advance(2 * HOUR);
    await scheduler.runDue();
    expect(runs.map((r) => [r.id, r.data])).toEqual([['r1', { v: 2 }]]);

    // Scheduled again exactly as it ran: still one run.
    await scheduler.schedule({ id: 'r1', name: 'remind', data: { v: 2 }, runAt: new Date('2025-03-03T11:00:00Z') });
    clock.advance(HOUR);
    expect(await scheduler.runDue()).toBe(0);
  });

  it('runs jobs that a handler schedules for a time already reached', async () => {
    const { clock, scheduler, runs, at } = setup();
    scheduler.register('chain', async () => {
      await scheduler.schedule({ id: 'next', name: 'remind', data: {}, runAt: clock.now() });
    });
    await scheduler.schedule({ id: 'first', name: 'chain', data: {}, runAt: at(1) });
    clock.advance(HOUR);
    expect(await scheduler.runDue()).toBe(2);
    expect(runs.map((r) => r.id)).toEqual(['next']);
  });

  it('throws for a job name nobody registered', async () => {
    const { clock, scheduler, at } = setup();
    await scheduler.schedule({ id: 'x1', name: 'missing', data: {}, runAt: at(0) });
    clock.advance(1);
    await expect(scheduler.runDue()).rejects.toThrow('no handler registered for job "missing"');
  });
});

describe('ManualClock', () => {
  it('moves only when told to', () => {
    const clock = new ManualClock(new Date('2025-01-01T00:00:00Z'));
    expect(clock.advance(90_000).toISOString()).toBe('2025-01-01T00:01:30.000Z');
    clock.set(new Date('2025-06-01T12:00:00Z'));
    expect(clock.now().toISOString()).toBe('2025-06-01T12:00:00.000Z');
    expect(() => clock.advance(-1)).toThrow();
  });
});
