// /report and /export end to end over the fake Bot API: typed in the group by
// a coordinator who never wrote to the bot, nothing is rendered into the
// group; through the deep link the charts arrive in private as photos (PNG
// uploads), then the numbers; /export sends CSV documents.

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

const said = (chatId: number) => bot.said(chatId);

const settle = () => bot.settle();

describe('telegram /report and /export', () => {
  it('sends the charts as photos in private, never in the group, and the exports as documents', async () => {
    const group = api.group({ title: 'Lagos editors', admins: ['alice'] });
    api.say('alice', group, '/cohort create Lagos');
    for (const person of ['bob', 'carol', 'dan', 'erin', 'fay']) api.say(person, group, '/join');
    await settle();

    api.say('alice', group, '/report --what members');
    await settle();
    const pointer = api.inChat(group.id).at(-1)!;
    const payload = /start=(v-[\w-]+)/.exec(pointer.html ?? '')![1]!;
    expect(api.inChat(group.id).some((m) => m.upload)).toBe(false);

    const dm = api.privateChat('alice');
    api.say('alice', dm, `/start ${payload}`);
    await settle();
    const photos = api.inChat(dm.id).filter((m) => m.upload?.kind === 'photo');
    expect(photos.map((p) => p.upload!.caption)).toEqual(['Members over time']);
    expect(photos[0]!.upload!.data.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(said(dm.id).at(-1)).toContain('Now: 6 active, 0 on a break, 0 left.');

    api.say('alice', dm, '/export csv --what members');
    await settle();
    const documents = api.inChat(dm.id).filter((m) => m.upload?.kind === 'document');
    expect(documents.map((d) => d.upload!.fileName.replace(/^cohort-[\d-]+-/, ''))).toEqual([
      'members-over-time.csv',
      'members-now.csv',
      'members-people.csv',
    ]);
    expect(documents[1]!.upload!.data.toString('utf8')).toBe(
      '\uFEFFStatus,People\r\nactive,6\r\npaused,0\r\nleft,0\r\n',
    );
    expect(said(group.id).join('\n')).not.toMatch(/Members over time|Now: 6 active/);

    // Several charts arrive as one album (sendMediaGroup), each with its caption.
    const chatRow = (await bot.store.chats.byPlatformId('telegram', String(group.id)))!;
    const cohort = (await bot.store.cohorts.liveFor(chatRow.id, ''))!;
    const [mentor, mentee] = await bot.store.memberships.list(cohort.id);
    await bot.store.mentorships.create({
      cohortId: cohort.id,
      mentorMembershipId: mentor!.id,
      menteeMembershipId: mentee!.id,
      status: 'asked',
      score: 1,
      reasons: [],
      // The bot's clock, not the test's: a time inside the report's span.
      askedAt: mentee!.joinedAt,
    });
    api.say('alice', dm, '/report --what members,pairing');
    await settle();
    const album = api.inChat(dm.id).filter((m) => m.upload?.kind === 'photo' && m.mediaGroupId);
    expect(album.map((p) => p.upload!.caption)).toEqual(['Members over time', 'Mentorships']);
    expect(new Set(album.map((p) => p.mediaGroupId)).size).toBe(1);
    expect(album.every((p) => p.upload!.data.subarray(1, 4).toString('ascii') === 'PNG')).toBe(true);
  });
});
