// A gathering on Telegram, over the fake Bot API: announced in the group with
// inline RSVP buttons, answered by presses (the toast carries the date, the
// announcement a live count),
// a full gathering's waiting list, and the promoted person told in private.

import nodeIcal, { type VEvent } from 'node-ical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeBotApi } from './fake-bot-api.ts';
import { type PollingBot, startPollingBot } from './world.ts';

let bot: PollingBot;
let api: FakeBotApi;

beforeEach(async () => {
  bot = await startPollingBot();
  ({ api } = bot);
});
afterEach(() => bot.stop());

const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
const said = (chatId: number) => api.inChat(chatId).map((m) => plain(m.text));

const settle = () => bot.settle();

describe('telegram gatherings', () => {
  it('takes answers by inline buttons, keeps a waiting list and tells the promoted person in private', async () => {
    const group = api.group({ title: 'Wiki Lagos', admins: ['alice'] });
    await settle();
    api.say('alice', group, '/cohort create "Wiki Lagos" --timezone Africa/Lagos');
    await settle();
    for (const who of ['bob', 'carol']) {
      api.say(who, group, '/join');
      api.say(who, api.privateChat(who), '/start');
    }
    await settle();

    // The instance runs on the real clock: a day some months ahead.
    const day = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
    api.say('alice', group, `/gathering create "Edit-a-thon" --at ${day} 10:00 --until 16:00 --capacity 1`);
    await settle();
    const announcement = api.inChat(group.id).at(-1)!;
    expect(plain(announcement.text)).toMatch(/New gathering:\n#1 Edit-a-thon/);
    const labels = announcement.buttons!.flat().map((b) => b.text);
    expect(labels).toEqual(['Going', 'Maybe', 'Not going']);

    const before = said(group.id).length;
    const bobGoing = api.press('bob', group.id, announcement.messageId, 0);
    await settle();
    expect(plain(api.answers.get(bobGoing)?.text ?? '')).toMatch(/You are going to “Edit-a-thon”: .*(Africa\/Lagos)/);
    // The announcement shows the live count (edited in place, the buttons kept).
    const live = api.inChat(group.id).find((m) => m.messageId === announcement.messageId)!;
    expect(plain(live.text)).toMatch(/Going: 1 · maybe: 0 · not going: 0/);
    expect(live.buttons!.flat().map((b) => b.text)).toEqual(['Going', 'Maybe', 'Not going']);
    // The calendar file comes with the answer, in private, as a document: TZID and time read back by node-ical.
    const bobDm = api.privateChat('bob');
    const [ics] = api.inChat(bobDm.id).filter((m) => m.upload?.kind === 'document');
    expect(ics!.upload!.fileName).toBe('gathering-1.ics');
    const [event] = Object.values(nodeIcal.sync.parseICS(ics!.upload!.data.toString('utf8'))).filter(
      (c): c is VEvent => c?.type === 'VEVENT',
    );
    expect(event!.start.tz).toBe('Africa/Lagos');
    expect(event!.start.toISOString()).toBe(`${day}T09:00:00.000Z`); // 10:00 in Lagos (UTC+1)
    expect(api.inChat(group.id).some((m) => m.upload)).toBe(false);

    // A room code goes to the coordinator alone; "I'm here" before the gathering is refused clearly.
    const aliceDm = api.privateChat('alice');
    api.say('alice', aliceDm, '/start');
    await settle();
    api.say('alice', group, '/gathering code 1 LAGOS7');
    await settle();
    expect(said(aliceDm.id).at(-1)).toMatch(/Room code for #1 “Edit-a-thon”: LAGOS7/);
    expect(said(group.id).join('\n')).not.toContain('LAGOS7');
    api.say('bob', bobDm, '/here LAGOS7');
    await settle();
    expect(said(bobDm.id).at(-1)).toMatch(/no gathering happening now/);

    const carolGoing = api.press('carol', group.id, announcement.messageId, 0);
    await settle();
    expect(plain(api.answers.get(carolGoing)?.text ?? '')).toMatch(/full: you are on the waiting list/);

    const bobNo = api.press('bob', group.id, announcement.messageId, 2);
    await settle();
    expect(plain(api.answers.get(bobNo)?.text ?? '')).toMatch(/not going/);
    const carolDm = api.privateChat('carol');
    expect(said(carolDm.id).at(-1)).toMatch(/A place freed up: you are now going to “Edit-a-thon”/);
    // The group hears nothing of who goes (only where the coordinator's code went).
    expect(
      said(group.id)
        .slice(before)
        .filter((m) => !/in private/.test(m)),
    ).toEqual([]);

    // A forged press is refused with a toast.
    const forged = api.pressData('carol', announcement, 'forged-token:going');
    await settle();
    expect(api.answers.get(forged)?.text).toMatch(/no longer valid/);
  }, 90_000);
});
