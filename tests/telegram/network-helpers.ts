// What the Telegram network tests share.

import type { JobData } from '../../src/core/jobs.ts';
import type { ManualClock, MemoryScheduler } from '../../src/jobs/memory-scheduler.ts';
import type { PollingBot } from './world.ts';

/** A week passes on the instance's clock and the jobs that fell due run, as the worker would run them. */
export async function aWeekLater(bot: PollingBot): Promise<void> {
  const { job } = bot.instance.bot;
  const scheduler = job.scheduler as MemoryScheduler;
  for (const [name, run] of bot.instance.bot.jobHandlers()) scheduler.register(name, (data: JobData) => run(data));
  (job.clock as ManualClock).advance(7 * 86_400_000 + 60_000);
  await scheduler.runDue();
  await bot.settle();
}
