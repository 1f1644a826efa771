// /help lists commands people copy: no invisible characters travel with them,
// and every command has a description (issue 12, item 19).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../helpers/scenario.ts';

describe('/help', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(async () => {
    await world.close();
  });

  it('lists commands without direction marks around them, in every language', async () => {
    for (const locale of ['en', 'ar', 'es']) {
      const dm = world.dm(`reader${locale}`);
      await dm.as(`reader${locale}`).says(`/language ${locale}`);
      await dm.as(`reader${locale}`).says('/help');
      const html = dm.messages().at(-1)!.html;
      const commandLines = html.split('\n').filter((line) => /^\u2068?\/[a-z]/.test(line));
      expect(commandLines.length).toBeGreaterThan(5);
      for (const line of commandLines) expect(line).toMatch(/^\/[a-z]+ /);
    }
  });

  it('describes /start', async () => {
    const dm = world.dm('bob');
    await dm.as('bob').says('/help start');
    dm.expectBotSaid(/\/start — start talking with me in private/);
  });
});
