// The adapter contract: what every chat adapter (fake, Telegram, Matrix) must
// do for the core. Each adapter's test file calls runAdapterContract with a
// harness that plays the platform's users against it.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/core/errors.ts';
import { fitMessage } from '../../src/core/fit.ts';
import { htmlToPlain } from '../../src/core/markup.ts';
import type { ChatAdapter, ChatRef, InboundEvent, OutboundMessage, SentPoll } from '../../src/core/types.ts';
import { waitFor } from '../helpers/wait.ts';

export interface ContractHarness {
  adapter: ChatAdapter;
  /** A group chat with the bot in it, `admins` as its platform admins. */
  group(admins: string[]): Promise<ChatRef>;
  /** A platform user id for a person the test plays. */
  user(handle: string): Promise<string>;
  /** That person writes in a chat (a private chat is opened when `chat` is 'private'). */
  say(handle: string, chat: ChatRef | 'private', text: string): Promise<void>;
  /** That person presses a button on a message the bot sent. */
  press(handle: string, chat: ChatRef, messageId: string, buttonIndex: number): Promise<void>;
  /** That person votes in a native poll the bot posted (adapters with capabilities.polls). */
  vote(handle: string, chat: ChatRef, poll: SentPoll, optionIds: number[]): Promise<void>;
  /** The text of a message as the platform holds it now, or null when it is gone. */
  read(chat: ChatRef, messageId: string): Promise<string | null>;
  /** Remove the bot from a chat (kick). */
  removeBot(chat: ChatRef): Promise<void>;
  close(): Promise<void>;
}

/** Wait until an event matching `predicate` was collected, and return it. */
function eventIn<T>(events: T[], what: string, predicate: (e: T) => boolean): Promise<T> {
  return waitFor(what, () => events.find(predicate), { seen: () => events });
}

export function runAdapterContract(name: string, makeHarness: () => Promise<ContractHarness>): void {
  describe(`${name} adapter contract`, () => {
    let h: ContractHarness;
    let events: InboundEvent[];

    beforeEach(async () => {
      h = await makeHarness();
      events = [];
      await h.adapter.start(async (event) => {
        if (event.kind !== 'poll_totals') events.push(event);
      });
    });
    afterEach(async () => {
      await h.adapter.stop();
      await h.close();
    });

    it("answers a delete of someone's message with yes or no, never with an error", async () => {
      // Private commands typed in a group are deleted where the bot may (docs/privacy.md); where it may
      // not (no admin rights, too low a power level), the answer to the command must still go out.
      if (!h.adapter.deleteMessage) return;
      const group = await h.group(['alice']);
      await h.say('ada', group, '/reflect something private');
      const said = await eventIn(
        events,
        'the private command',
        (e) => e.kind === 'message' && e.text === '/reflect something private',
      );
      if (said.kind !== 'message') throw new Error('not a message');
      expect(typeof (await h.adapter.deleteMessage(said.chat, said.messageId))).toBe('boolean');
    });

    it('declares sane capabilities', () => {
      const caps = h.adapter.capabilities;
      expect(caps.maxTextLength).toBeGreaterThanOrEqual(1000);
      expect(caps.maxButtonDataBytes).toBeGreaterThanOrEqual(16);
      expect(h.adapter.platform).toMatch(/^(fake|telegram|matrix)$/);
    });

    it('turns a group message into a message event with chat, sender and a stable id', async () => {
      const group = await h.group([]);
      await h.say('ada', group, '/help me');
      const event = await eventIn(events, 'the message event', (e) => e.kind === 'message' && e.text === '/help me');
      expect(event.chat).toMatchObject({ platform: h.adapter.platform, chatId: group.chatId, kind: 'group' });
      expect(event.sender.userId).toBe(await h.user('ada'));
      expect(event.sender.displayName.length).toBeGreaterThan(0);
      expect(event.id.length).toBeGreaterThan(0);
    });

    it('sends markup with user text shown literally, edits and deletes it', async () => {
      const group = await h.group([]);
      const sent = await h.adapter.send(group, { html: '<b>Hi</b> &lt;script&gt; &amp; co' });
      expect(await h.read(group, sent.messageId)).toBe(htmlToPlain('<b>Hi</b> &lt;script&gt; &amp; co'));
      if (h.adapter.capabilities.edits) {
        await h.adapter.edit(group, sent.messageId, { html: 'changed' });
        expect(await h.read(group, sent.messageId)).toBe('changed');
      }
      await h.adapter.delete(group, sent.messageId);
      expect(await h.read(group, sent.messageId)).toBeNull();
    });

    it('delivers a button press as an action event carrying the button data, and accepts the ack', async () => {
      const group = await h.group([]);
      const sent = await h.adapter.send(group, {
        html: 'Choose',
        buttons: [
          [
            { label: 'One', data: 'tok1:a' },
            { label: 'Two', data: 'tok1:b' },
          ],
        ],
      });
      await h.press('ada', group, sent.messageId, 1);
      const action = await eventIn(events, 'the action event', (e) => e.kind === 'action');
      expect(action.kind === 'action' && action.data).toBe('tok1:b');
      expect(action.sender.userId).toBe(await h.user('ada'));
      if (action.kind === 'action') await h.adapter.ackAction(action, 'Thanks');
    });

    it('opens a private chat with someone who wrote to the bot, and says when it cannot', async () => {
      await h.say('bea', 'private', 'hello');
      const dm = await h.adapter.openDm(await h.user('bea'));
      expect(dm).toMatchObject({ kind: 'private', platform: h.adapter.platform });
      const sent = await h.adapter.send(dm!, { html: 'hi Bea' });
      expect(await h.read(dm!, sent.messageId)).toBe('hi Bea');
      const stranger = await h.adapter.openDm(await h.user('stranger'));
      if (h.adapter.capabilities.dmWithoutContact) {
        expect(stranger).toMatchObject({ kind: 'private', platform: h.adapter.platform });
      } else expect(stranger).toBeNull();
    });

    it("lists the chat's platform admins", async () => {
      const group = await h.group(['ada']);
      expect(await h.adapter.chatAdmins(group)).toContain(await h.user('ada'));
      expect(await h.adapter.chatAdmins(group)).not.toContain(await h.user('bea'));
    });

    it('reports a chat the bot was removed from as unreachable', async () => {
      const group = await h.group([]);
      await h.removeBot(group);
      const failure = await h.adapter.send(group, { html: 'anyone?' }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(DeliveryError);
      expect((failure as DeliveryError).failure.kind).toBe('unreachable');
    });

    it('shows options as buttons, or, without buttons, as numbered lines that a number picks (core/fit.ts)', async () => {
      const caps = h.adapter.capabilities;
      const group = await h.group([]);
      const message: OutboundMessage = {
        html: 'Pick a day',
        buttons: [[{ label: 'Mon', data: 'day:mon' }], [{ label: 'Tue', data: 'day:tue' }]],
      };
      const parts = fitMessage(message, caps);
      expect(parts).toHaveLength(1);
      const sent = await h.adapter.send(group, parts[0]!);
      const shown = await h.read(group, sent.messageId);
      if (caps.buttons) {
        expect(parts[0]).toEqual(message); // nothing to fit
        expect(shown).toBe('Pick a day');
        await h.press('ada', group, sent.messageId, 1);
      } else {
        expect(shown).toBe('Pick a day\n\n1. Mon\n2. Tue');
        // A bare number answers the latest message with options in the chat.
        await h.say('ada', group, '2');
      }
      const action = await eventIn(events, 'the pick', (e) => e.kind === 'action');
      expect(action).toMatchObject({ kind: 'action', data: 'day:tue', sender: { userId: await h.user('ada') } });
    });

    it('posts a native poll where it has them, with votes placed by the poll id; else a poll is buttons', async () => {
      const caps = h.adapter.capabilities;
      const group = await h.group([]);
      const poll = { question: 'Which day suits you?', options: ['Mon', 'Tue', 'Wed'] };
      if (caps.polls) {
        expect(h.adapter.sendPoll).toBeTypeOf('function');
        const sent = await h.adapter.sendPoll!(group, poll);
        expect(sent.pollId.length).toBeGreaterThan(0);
        await h.vote('ada', group, sent, [1]);
        const vote = await eventIn(events, 'the vote', (e) => e.kind === 'poll_vote');
        expect(vote).toMatchObject({ kind: 'poll_vote', pollId: sent.pollId, optionIds: [1] });
        expect(vote.sender.userId).toBe(await h.user('ada'));
        return;
      }
      // No native polls: the core never asks for one (an adapter that has sendPoll refuses it)...
      if (h.adapter.sendPoll) {
        const refused = await h.adapter.sendPoll(group, poll).catch((e: unknown) => e);
        expect(refused).toBeInstanceOf(DeliveryError);
        expect((refused as DeliveryError).failure.kind).toBe('rejected');
      } else expect(h.adapter.sendPoll).toBeUndefined();
      // ...and posts the question with one button per option (Context.poll), pressed like any button.
      const buttons = poll.options.map((label, i) => [{ label, data: `poll:${i}` }]);
      const [part] = fitMessage({ html: poll.question, buttons }, caps);
      const sent = await h.adapter.send(group, part!);
      await h.press('ada', group, sent.messageId, 1);
      const action = await eventIn(events, 'the press', (e) => e.kind === 'action');
      expect(action).toMatchObject({ kind: 'action', data: 'poll:1' });
    });

    it('makes deep links where it cannot write to strangers first, and has none where it can', () => {
      const caps = h.adapter.capabilities;
      const link = h.adapter.deepLink('abc123');
      if (caps.dmWithoutContact) {
        // The bot opens private chats itself (Matrix): there is no link, and the core shows none.
        expect(link).toBeNull();
      } else {
        // The person must open the private chat (Telegram): the link is the way in, carrying the payload.
        expect(link).not.toBeNull();
        expect(new URL(link!).protocol).toBe('https:');
        expect(link).toContain('abc123');
      }
    });
  });
}
