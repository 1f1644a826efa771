// SEND_CONCURRENCY bounds what a process has in flight (what a SIGKILL can send twice), not
// how many sends may wait for their slot: a job asleep until its slot gives its permit back.

import { describe, expect, it } from 'vitest';
import { aboutToSend, InFlightLimit, inSendJob, waitingForSlot } from '../../src/core/in-flight.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sends in flight', () => {
  it('lets other jobs send while one waits for its slot, never more than the limit at once', async () => {
    const limit = new InFlightLimit(2);
    let sending = 0;
    let most = 0;
    const sent: string[] = [];
    const job = (name: string, slotInMs: number) =>
      inSendJob(limit, async () => {
        await aboutToSend();
        await waitingForSlot(() => sleep(slotInMs));
        sending++;
        most = Math.max(most, sending);
        await sleep(20); // the request and the ledger write
        sent.push(name);
        sending--;
      });
    // Two jobs wait 300 ms for their slots; with only two permits, the six after them would wait
    // behind them if waiting held a permit.
    await Promise.all([
      job('late-1', 300),
      job('late-2', 300),
      ...Array.from({ length: 6 }, (_, i) => job(`now-${i}`, 0)),
    ]);
    expect(sent.slice(0, 6).sort()).toEqual(['now-0', 'now-1', 'now-2', 'now-3', 'now-4', 'now-5']);
    expect(most).toBe(2);
    expect(limit.held).toBe(0);
  });

  it('gives a job whose slot has come a permit before jobs that are only starting', async () => {
    const limit = new InFlightLimit(1);
    const order: string[] = [];
    const holder = inSendJob(limit, async () => {
      await aboutToSend();
      await waitingForSlot(() => sleep(30));
      order.push('due');
    });
    await sleep(5);
    // Jobs starting now take the free permit one after the other (100 ms each); the due one,
    // back at 30 ms, cuts in after the first instead of waiting for all five.
    const starting = Array.from({ length: 5 }, (_, i) =>
      inSendJob(limit, async () => {
        await aboutToSend();
        await sleep(100);
        order.push(`start-${i}`);
      }),
    );
    await Promise.all([holder, ...starting]);
    expect(order.indexOf('due')).toBeLessThanOrEqual(2);
  });

  it('outside a send job, waiting is just waiting', async () => {
    expect(await waitingForSlot(async () => 'waited')).toBe('waited');
    await aboutToSend();
  });
});
