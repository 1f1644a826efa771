// Cross-cohort matching on Telegram, over the fake Bot API: three groups in a
// network; members opt in with the inline buttons of /network meet in
// private or with /network meet on in their group (answered privately, or a
// deep link for someone the bot may not write to first); a round introduces
// them in private, a partner without a @username by a tg://user link, and a
// member the bot cannot write to is counted, never named in a group.

import { describe, expect, it } from 'vitest';
import { startPollingBot } from './world.ts';

/** Text without the isolation marks around inserted values. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('telegram cross-cohort matching', () => {
  it('opts in by buttons or in the group, and introduces people of different groups in private', async () => {
    const bot = await startPollingBot();
    const { api } = bot;
    const settle = () => bot.settle();
    try {
      api.user('zuri', { username: undefined });
      const lagos = api.group({ title: 'Lagos', admins: ['alice'] });
      const accra = api.group({ title: 'Accra', admins: ['kofi'] });
      const nairobi = api.group({ title: 'Nairobi', admins: ['wanjiru'] });
      await settle();
      for (const who of ['alice', 'kofi', 'wanjiru', 'bob', 'ama', 'zuri'])
        api.say(who, api.privateChat(who), '/start');
      api.say('alice', lagos, '/cohort create Lagos');
      api.say('kofi', accra, '/cohort create Accra');
      api.say('wanjiru', nairobi, '/cohort create Nairobi');
      api.say('bob', lagos, '/join');
      api.say('ama', accra, '/join');
      api.say('zuri', nairobi, '/join');
      api.say('dan', nairobi, '/join');
      await settle();
      api.say('alice', lagos, '/network create Sahel');
      for (const [group, coordinator] of [
        [accra, 'kofi'],
        [nairobi, 'wanjiru'],
      ] as const) {
        api.say('alice', lagos, '/network invite');
        await settle();
        const code = /net-[\w-]+/.exec(bot.said(api.privateChat('alice').id).at(-1) ?? '')?.[0];
        api.say(coordinator, group, `/network join ${code}`);
        await settle();
      }
      expect(bot.said(nairobi.id).at(-1)).toMatch(/Cohorts in the network now: 3/);

      // Bob: the inline buttons of /network meet, in private.
      const bobDm = api.privateChat('bob');
      api.say('bob', bobDm, '/network meet');
      await settle();
      const status = api.inChat(bobDm.id).at(-1)!;
      expect(plain(status.text)).toContain('“Sahel” (through Lagos): no');
      expect(status.buttons!.flat().map((b) => plain(b.text))).toEqual(['Yes, introduce me', 'No, stop']);
      api.press('bob', bobDm.id, status.messageId, 0);
      await settle();
      expect(bot.said(bobDm.id).at(-1)).toMatch(/You will be introduced to someone from another cohort in “Sahel”/);
      // Ama and Zuri in their groups: the group reads a pointer only.
      api.say('ama', accra, '/network meet on');
      api.say('zuri', nairobi, '/network meet on');
      // Dan never wrote to the bot: the group gets a link to continue in private, nothing more.
      api.say('dan', nairobi, '/network meet on');
      await settle();
      expect(bot.said(api.privateChat('ama').id).at(-1)).toMatch(/You will be introduced/);
      expect(bot.said(nairobi.id).join('\n')).not.toMatch(/You will be introduced/);
      // His wish is kept (he typed it); the confirmation waits behind the link.
      expect(bot.said(nairobi.id).at(-1)).toMatch(/Dan/);

      api.say('alice', lagos, '/network round');
      await settle();
      const summary = bot.said(api.privateChat('alice').id).at(-1)!;
      expect(summary).toMatch(/Round 1 of “Sahel”: 2 introductions for 4 people/);
      expect(summary).toContain('(nobody else fitted): 0');
      expect(summary).toContain('Could not be written to in private: 1');

      const intro = (who: string) =>
        api.inChat(api.privateChat(who).id).findLast((m) => /you are meeting someone/.test(plain(m.text)));
      const cohortOf: Record<string, string> = { bob: 'Lagos', ama: 'Accra', zuri: 'Nairobi', dan: 'Nairobi' };
      for (const who of ['bob', 'ama', 'zuri']) {
        const text = plain(intro(who)?.text ?? '');
        const met = /• (.+?) \((\w+)\)/.exec(text);
        expect(met, `${who}: ${text}`).not.toBeNull();
        // Never someone of their own group: four people of three groups split into two cross pairs.
        expect(met![2]).not.toBe(cohortOf[who]);
      }
      // Whoever meets Zuri (no @username) reads her name as a tg://user link, the way Telegram reaches her.
      const zuriPartner = ['bob', 'ama'].find((who) => plain(intro(who)!.text).includes('Zuri'));
      expect(zuriPartner).toBeDefined();
      expect(intro(zuriPartner!)!.html).toMatch(/<a href="tg:\/\/user\?id=\d+">Zuri<\/a>/);
      for (const group of [lagos, accra, nairobi]) expect(bot.said(group.id).join('\n')).not.toMatch(/meeting|Round 1/);
    } finally {
      await bot.stop();
    }
  }, 90_000);
});
