// Issue #17's test: one bot on Telegram (the fake Bot API over HTTP) and
// Matrix (a real Synapse) at once, a network of three cohorts on the two
// platforms (a Telegram group, a Matrix room, a Telegram forum topic) joined
// by one-time codes their own coordinators use; learnings shared, withdrawn
// and forgotten; the weekly digest in a hub; a cross-cohort round that pairs
// no two people of one cohort and introduces a Telegram member to a Matrix
// member in each one's language and platform idiom; and the network overview
// checked against each cohort's own /report.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/wait.ts';
import type { FakeChat } from '../telegram/fake-bot-api.ts';
import { homeserverUrl, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { botSaidIn, startTwoPlatformBot, type TwoPlatformBot, waitForBot } from './two-platforms.ts';
import { roomWithBot } from './world.ts';

const DAY = 86_400_000;

describe.skipIf(!homeserverUrl)(
  `one bot, two platforms, one network (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`,
  () => {
    let tp: TwoPlatformBot;
    let botUser: MatrixUser;
    /** Matrix people of the Dakar room: Ana coordinates. */
    let ana: MatrixUser;
    let mamadou: MatrixUser;
    let fatou: MatrixUser;
    let awa: MatrixUser;
    let ibrahima: MatrixUser;

    beforeAll(async () => {
      [botUser, ana, mamadou, fatou, awa, ibrahima] = (await Promise.all(
        ['tpbot', 'tpana', 'tpmamadou', 'tpfatou', 'tpawa', 'tpibrahima'].map((name) => register(name)),
      )) as [MatrixUser, MatrixUser, MatrixUser, MatrixUser, MatrixUser, MatrixUser];
      // As people name themselves in Element.
      for (const [user, name] of [
        [ana, 'Ana'],
        [mamadou, 'Mamadou'],
        [fatou, 'Fatou'],
        [awa, 'Awa'],
        [ibrahima, 'Ibrahima'],
      ] as const)
        await user.api('PUT', `/profile/${encodeURIComponent(user.userId)}/displayname`, { displayname: name });
      tp = await startTwoPlatformBot(botUser);
    }, 60_000);

    afterAll(async () => {
      await tp?.stop();
    });

    it('links a Telegram group, a Matrix room and a forum topic, shares, digests, matches across platforms and reports', async () => {
      const { api } = tp;
      const settle = () => tp.settle();
      const said = (chat: FakeChat, threadId?: number) => tp.said(chat.id, threadId);
      const dm = (who: string) => api.privateChat(who);
      /** Press the button labelled so on the newest message of a Telegram chat that has it. */
      const press = (who: string, chat: FakeChat, label: RegExp) => {
        const message = api.inChat(chat.id).findLast((m) => m.buttons?.flat().some((b) => label.test(b.text)));
        if (!message) throw new Error(`no button ${label} in ${chat.id}: ${said(chat).join('\n')}`);
        const index = message.buttons!.flat().findIndex((b) => label.test(b.text));
        api.press(who, chat.id, message.messageId, index);
      };
      const mx = (user: MatrixUser, room: string, pattern: RegExp) => waitForBot(user, botUser, room, pattern);
      /** A direct chat with the bot, as Element opens one. */
      const dmRoom = async (user: MatrixUser) => {
        const room = await user.createRoom({
          is_direct: true,
          invite: [botUser.userId],
          preset: 'trusted_private_chat',
        });
        await waitFor('the bot knows the DM', async () => tp.matrix.rooms.dmWith(user.userId) === room);
        return room;
      };

      // --- three cohorts on two platforms --------------------------------------------------
      api.user('carol', { username: undefined }); // no public @username
      const lagos = api.group({ title: 'Lagos', admins: ['alice'] });
      const hub = api.group({ title: 'Sahel hub', admins: ['alice'] });
      const forum = api.group({ title: 'Ghana', forum: true, admins: ['kofi'] });
      const accra = api.topic(forum, 'Accra', 'kofi');
      await settle();
      const lagosPeople = ['bob', 'carol', 'dan', 'erin'];
      const accraPeople = ['ama', 'yaw', 'kwesi', 'efua', 'kojo'];
      for (const who of ['alice', 'kofi', ...lagosPeople, ...accraPeople]) api.say(who, dm(who), '/start');
      api.say('alice', lagos, '/cohort create Lagos');
      api.say('kofi', forum, '/cohort create Accra', { threadId: accra });
      await settle();
      for (const who of lagosPeople) api.say(who, lagos, '/join');
      for (const who of accraPeople) api.say(who, forum, '/join', { threadId: accra });
      await settle();
      expect(said(forum, accra).join('\n')).toMatch(/Cohort Accra created/);

      const dakar = await roomWithBot(botUser, ana, [mamadou, fatou, awa, ibrahima], 'Dakar');
      const dms = new Map<MatrixUser, string>();
      for (const user of [ana, mamadou, fatou, awa, ibrahima]) dms.set(user, await dmRoom(user));
      const dmOf = (user: MatrixUser) => dms.get(user)!;
      // Dakar speaks French (its cohort language) and English; Fatou reads English.
      await ana.say(dakar, '!cohort create Dakar --language fr --languages fr,en');
      await mx(ana, dakar, /Cohorte Dakar créée/);
      for (const user of [mamadou, fatou, awa, ibrahima]) await user.say(dakar, '!join');
      await fatou.say(dmOf(fatou), '!language en');
      await waitFor('four joined', async () => {
        const cohort = (await tp.store.cohorts.liveFor((await tp.store.chats.byPlatformId('matrix', dakar))!.id, ''))!;
        return (await tp.store.memberships.list(cohort.id)).length === 5;
      });

      // --- the network: codes in Alice's private chat, each used by the joining cohort's coordinator ---
      api.say('alice', lagos, '/network create Sahel');
      await settle();
      expect(said(lagos).at(-1)).toMatch(/Network “Sahel” created with Lagos/);
      const code = async () => {
        api.say('alice', lagos, '/network invite');
        await settle();
        return /net-[\w-]+/.exec(said(dm('alice')).at(-1) ?? '')![0];
      };
      const forDakar = await code();
      const forAccra = await code();
      expect(said(lagos).join('\n')).not.toMatch(/net-/);
      // A member of Dakar is not its coordinator: no consent, nothing stored, the code stays usable.
      await fatou.say(dakar, `!network join ${forDakar}`);
      await mx(fatou, dakar, /coordina/i);
      await ana.say(dakar, `!network join ${forDakar}`);
      await mx(ana, dakar, /Dakar a rejoint « Sahel ». Cohortes dans le réseau : 2/);
      // A used code is refused, in the forum topic as anywhere.
      api.say('kofi', forum, `/network join ${forDakar}`, { threadId: accra });
      await settle();
      expect(said(forum, accra).at(-1)).toMatch(/used|expired|unknown/i);
      api.say('kofi', forum, `/network join ${forAccra}`, { threadId: accra });
      await settle();
      expect(said(forum, accra).at(-1)).toMatch(/Accra joined “Sahel”. Cohorts in the network now: 3/);
      api.say('alice', hub, '/network hub');
      await settle();
      expect(said(hub).at(-1)).toMatch(/This chat is now the hub of “Sahel”/);

      // --- check-ins: three of Lagos answer in the group, one of Dakar in the room ---
      // A minute on, so that everyone counts as asked (a check-in counts those who joined before its minute).
      await tp.later(60_000);
      api.say('alice', lagos, '/checkin schedule weekly mon 18:00');
      api.say('alice', lagos, '/checkin now');
      await settle();
      const prompt = api.inChat(lagos.id).findLast((m) => /Check-in time/.test(m.text))!;
      for (const who of ['bob', 'carol', 'dan']) api.say(who, lagos, `Notes of ${who}`, { replyTo: prompt.messageId });
      await settle();
      await ana.say(dakar, '!checkin schedule weekly mon 18:00');
      await ana.say(dakar, '!checkin now');
      const dakarPrompt = await waitFor('the Dakar prompt', async () =>
        (await ana.botSaid(dakar, botUser.userId)).findLast((m) => /point d’étape/.test(m.body)),
      );
      await mamadou.say(dakar, 'Notes de Mamadou', dakarPrompt.eventId);
      await mx(mamadou, dmOf(mamadou), /Votre réponse au point d’étape/);

      // --- learnings: offered right after writing, in private, on each platform ---
      api.say('bob', dm('bob'), '/reflect Reading aloud helps newcomers');
      await settle();
      press('bob', dm('bob'), /^Share with my name/);
      api.say('yaw', dm('yaw'), '/reflect Short videos teach faster');
      await settle();
      press('yaw', dm('yaw'), /^Share without my name/);
      api.say('ama', dm('ama'), '/reflect Weekly office hours work');
      await settle();
      press('ama', dm('ama'), /^Share with my name/);
      await settle();
      for (const who of ['bob', 'yaw', 'ama']) expect(said(dm(who)).at(-1)).toMatch(/Shared with “Sahel”/);

      // Mamadou reads French; Matrix has no buttons, a numbered reply answers.
      await mamadou.say(dmOf(mamadou), '!reflect Lire à voix haute aide les nouveaux');
      await mx(mamadou, dmOf(mamadou), /Proposer ceci au réseau “Sahel” \? Votre réflexion/);
      await mamadou.say(dmOf(mamadou), '1');
      await mx(mamadou, dmOf(mamadou), /Partagé avec “Sahel”/);
      await fatou.say(dmOf(fatou), '!reflect A thought I take back');
      await mx(fatou, dmOf(fatou), /Offer this to the network “Sahel”/);
      await fatou.say(dmOf(fatou), '2');
      await mx(fatou, dmOf(fatou), /Shared with “Sahel”/);
      // Withdrawn before the digest.
      await fatou.say(dmOf(fatou), '!share withdraw');
      await mx(fatou, dmOf(fatou), /Your shared items\. Withdrawing one keeps it out of future digests/);
      await fatou.say(dmOf(fatou), '1');
      await mx(fatou, dmOf(fatou), /Withdrawn: it will not go out again/);
      // Forgotten: Ama leaves and takes her data with her.
      api.say('ama', dm('ama'), '/forgetme');
      await settle();
      press('ama', dm('ama'), /Yes, delete/);
      await settle();
      expect(said(dm('ama')).at(-1)).toMatch(/Done: I deleted everything I kept about you/);
      expect(await tp.store.accounts.byPlatformId('telegram', String(api.user('ama').id))).toBeNull();
      // Nothing of it reached any cohort's chat.
      for (const text of [...said(lagos), ...said(forum, accra)])
        expect(text).not.toMatch(/Reading aloud|office hours/);
      expect((await botSaidIn(ana, botUser, dakar)).map((m) => m.body).join('\n')).not.toMatch(/voix haute|take back/);

      // --- a week later, the digest in the hub: shared items only, grouped by language ---
      await tp.later(7 * DAY + 60_000);
      const digest = said(hub).findLast((t) => /From the network “Sahel”/.test(t));
      expect(digest, said(hub).join('\n---\n')).toBeDefined();
      expect(digest).toMatch(/learnings its members chose to share \(3\)/);
      expect(digest).toMatch(
        /In English\n• Reading aloud helps newcomers \(Lagos, Bob\)\n• Short videos teach faster \(Accra\)\n/,
      );
      expect(digest).toMatch(/In French\n• Lire à voix haute aide les nouveaux \(Dakar, Mamadou\)/);
      expect(digest).not.toMatch(/take back|office hours/);

      // --- a cross-cohort round: two of Lagos (Telegram), two of Dakar (Matrix) ---
      api.say('bob', lagos, '/network meet on');
      api.say('carol', dm('carol'), '/network meet on');
      await settle();
      expect(said(dm('bob')).at(-1)).toMatch(/You will be introduced to someone from another cohort in “Sahel”/);
      await mamadou.say(dakar, '!network meet on');
      await mx(mamadou, dmOf(mamadou), /Sahel/);
      await awa.say(dmOf(awa), '!network meet on');
      await mx(awa, dmOf(awa), /Sahel/);
      api.say('alice', lagos, '/network round');
      const summary = await waitFor('the round', () => said(dm('alice')).findLast((t) => /Round 1 of “Sahel”/.test(t)));
      await settle();
      expect(summary).toMatch(/2 introductions for 4 people/);
      const plain = (s = '') => s.replace(/[\u2068\u2069]/g, '');
      const intro = (who: string) => {
        const m = api.inChat(dm(who).id).findLast((m) => /you are meeting someone/.test(plain(m.text)));
        return { text: plain(m?.text), html: plain(m?.html) };
      };
      const bobIntro = intro('bob');
      const carolIntro = intro('carol');
      // No two of one cohort: each Telegram person meets a Matrix person of Dakar, reached by their Matrix ID.
      const bobMeets = bobIntro.text.includes('Mamadou') ? mamadou : awa;
      const carolMeets = bobMeets === mamadou ? awa : mamadou;
      expect(bobIntro.html).toContain(
        `(Dakar), on Matrix: <a href="https://matrix.to/#/${bobMeets.userId}">${bobMeets.userId}</a>`,
      );
      expect(carolIntro.html).toContain(`<a href="https://matrix.to/#/${carolMeets.userId}">`);
      expect(bobIntro.text).not.toMatch(/write first/);
      expect(carolIntro.text).toContain(
        `You have no public username on Telegram, so ${bobMeets === mamadou ? 'Awa' : 'Mamadou'} cannot write to you: please write first.`,
      );
      // On Matrix, in French (Dakar's language): Bob by the t.me link of his public @username; Carol, who has
      // none, writes first.
      const toBob = await mx(bobMeets, dmOf(bobMeets), /vous rencontrez/);
      expect(toBob.html).toContain('• Bob (Lagos), sur Telegram : <a href="https://t.me/bob">@bob</a>');
      const toCarol = await mx(carolMeets, dmOf(carolMeets), /vous rencontrez/);
      expect(toCarol.body).toContain(
        '• Carol (Lagos), sur Telegram : cette personne a votre contact et vous écrira en premier.',
      );
      expect(toCarol.html).not.toContain('tg://');
      // Nothing of the round in any cohort's chat.
      expect([...said(lagos), ...said(forum, accra)].join('\n')).not.toMatch(/meeting|Round 1/);
      expect((await botSaidIn(ana, botUser, dakar)).map((m) => m.body).join('\n')).not.toMatch(/rencontrez|Round 1/);

      // --- the overview, privately to Alice, against each cohort's own /report ---
      api.say('alice', lagos, '/network report');
      // The chart is drawn before the numbers are sent: wait for them.
      const overview = await waitFor('the overview', () =>
        said(dm('alice')).findLast((t) => /“Sahel”, the last 30 days \(cohorts: 3\)/.test(t)),
      );
      expect(said(lagos).join('\n')).not.toMatch(/the last 30 days/);
      const lineOf = (cohort: string) => overview.split('\n').find((l) => l.startsWith(`• ${cohort}:`))!;
      /** The cohort's own report, as its coordinator reads it in private. */
      const ownReport = async (cohort: string): Promise<string> => {
        if (cohort === 'Dakar') {
          await ana.say(dmOf(ana), '!report');
          return (await mx(ana, dmOf(ana), /bilan du/)).body;
        }
        const who = cohort === 'Lagos' ? 'alice' : 'kofi';
        const before = said(dm(who)).length;
        api.say(who, dm(who), '/report');
        return waitFor(`${cohort}'s report`, () =>
          said(dm(who))
            .slice(before)
            .find((t) => t.startsWith(`${cohort}: report from`)),
        );
      };
      /** Members now and check-in response, as the cohort's own report words them (English or French). */
      const figures = (own: string) => {
        const now = /(?:Now|Aujourd’hui) ?: (\d+) (?:active|actifs), (\d+) (?:on a break|en pause)/.exec(own)!;
        const checkins = /(\d+) (?:answers? of|réponses? sur) (\d+) (?:asked|sollicitations) \((\d+)\s?%\)/.exec(own);
        return {
          members: Number(now[1]) + Number(now[2]),
          rate: checkins ? `check-in response ${checkins[3]}%` : 'no check-ins',
        };
      };
      const expected = { Lagos: [5, '60%'], Dakar: [5, '20%'], Accra: [5, null] } as const;
      for (const [cohort, [members, rate]] of Object.entries(expected)) {
        const own = figures(await ownReport(cohort));
        const line = lineOf(cohort);
        expect(line, overview).toMatch(
          new RegExp(`^• ${cohort}: ${own.members} members, \\d+ answered a check-in, ${own.rate}$`),
        );
        expect(own.members).toBe(members);
        expect(own.rate).toBe(rate ? `check-in response ${rate}` : 'no check-ins');
      }
    }, 300_000);
  },
);
