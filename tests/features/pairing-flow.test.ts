// Pairing mentors with mentees as coordinators and members live it: preview
// with reasons, confirm, the mentor's Accept / Decline, silence past the
// timeout, pairs by hand, /unpair, and the wrong inputs.

import { afterEach, describe, expect, it } from 'vitest';
import type { ChatHandle, World } from '../helpers/scenario.ts';
import { createWorld } from '../helpers/scenario.ts';

// Monday 5 January 2026, 09:00 UTC.
const START = new Date('2026-01-05T09:00:00Z');

interface Person {
  handle: string;
  languages: string;
  topics: string;
  mentor?: number;
  mentee?: boolean;
  /** Wrote to the bot in private, so the bot may write to them. */
  reachable?: boolean;
}

async function cohortWith(world: World, people: Person[]): Promise<ChatHandle> {
  const group = world.group('Lagos editors', { admins: ['alice'] });
  await group.as('alice').says('/cohort create Lagos --languages en,yo --timezone Africa/Lagos');
  // The coordinator has a private chat with the bot: coordinator views go there.
  await world.dm('alice').says('/language en');
  for (const p of people) {
    const as = group.as(p.handle);
    await as.says('/join');
    await as.says(`/profile set languages ${p.languages}`);
    await as.says(`/profile set topics ${p.topics}`);
    if (p.mentor) await as.says(`/profile set capacity ${p.mentor}`);
    if (p.mentee) await as.says('/profile set wants-mentor yes');
    if (p.reachable) await world.dm(p.handle).says('/language en');
  }
  group.markRead();
  return group;
}

describe('pairing mentors with mentees', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('previews pairs with reasons, asks the mentors on confirm, and introduces those who accept', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, [
      { handle: 'mo', languages: 'en', topics: 'history, wikidata', mentor: 1, reachable: true },
      { handle: 'nina', languages: 'yo', topics: 'photography', mentor: 1, reachable: true },
      { handle: 'bob', languages: 'en', topics: 'history', mentee: true },
      { handle: 'carol', languages: 'yo', topics: 'photography', mentee: true, reachable: true },
      { handle: 'dan', languages: 'fr', topics: 'maps', mentee: true },
    ]);
    const coordinator = world.dm('alice');
    await group.as('alice').says('/pair mentors');
    group.expectBotSaid('Alice, I sent it to you in private.');
    const preview = coordinator.expectBotSaid(/Proposed mentors \(2 pairs\)/);
    expect(preview).toMatch(/@bob ← @mo: both speak English; .*topics: history/);
    expect(preview).toMatch(/@carol ← @nina: both speak Yoruba; .*topics: photography/);
    expect(preview).toContain('@dan: no mentor fits (no common language, or excluded)');

    await group.as('alice').says('/pair confirm');
    group.expectBotSaid(/Mentors asked: 2\. Requests sent: 2\. Each mentor has 72 h to answer/);
    const mo = world.dm('mo');
    mo.expectBotSaid(/Hello Mo! Would you mentor @bob in Lagos\?[\s\S]*Why you: both speak English/);
    // The question says truthfully who reads the answer.
    mo.expectBotSaid('Only the coordinators see your answer and any reason you give; @bob is not told who declined.');

    expect(await mo.presses('Accept')).toBe('Thank you! I introduced you to each other.');
    const intro = mo.expectBotSaid(/Mo, meet your mentee @bob in Lagos!/);
    // Times for the mentee (Lagos, 18:00); both are in one zone, so each time is shown once.
    expect(intro).toMatch(/^• .*6:00 PM \(Africa\/Lagos\)$/m);
    expect(intro).not.toContain(' = ');
    // Bob never wrote to the bot: his introduction comes in the group.
    group.expectBotSaid(/@bob, meet your mentor @mo in Lagos!/);
    // A second press changes nothing.
    expect(await mo.presses('Accept')).toMatch(/no longer valid|expired|stale/i);

    await group.as('bob').says('/pair');
    group.expectBotSaid('Your mentor: @mo (confirmed)');
    await group.as('mo').says('/pair');
    group.expectBotSaid('Your mentee: @bob (confirmed)');

    // Nina declines; the only other mentor (Mo) is full, so the coordinators are told, in private.
    const nina = world.dm('nina');
    group.markRead();
    await nina.presses('Decline');
    nina.expectBotSaid(
      'Thanks for saying so. I will ask someone else.\nIf you like, tell me why (one press). Only the coordinators see it; @carol is not told who declined.',
    );
    coordinator.expectBotSaid('No other mentor is free for @carol in Lagos right now.');
    group.expectSilence();
    // The reason is optional and one press; coordinators see it in the next preview.
    await nina.presses('No time right now');
    nina.expectBotSaid('Thank you. Only the coordinators see your reason; @carol is not told who declined.');
    expect(await nina.presses('Not my topics')).toMatch(/no longer valid/);
    await coordinator.says('/pair mentors');
    coordinator.expectBotSaid(/@nina declined @carol \(no time right now\)/);
    expect(group.botMessages().join('\n')).not.toMatch(/declined|no time right now/);

    await group.as('carol').says('/pair');
    group.expectBotSaid(/You have no mentor or mentee in this cohort yet/);
    // Carol is not told who declined: her /mydata says only that a mentor is being looked for.
    await world.dm('carol').says('/mydata');
    const carolData = world.dm('carol').expectBotSaid(/What I keep about you/);
    expect(carolData).not.toMatch(/nina|declined/i);
    expect(carolData).toContain('• Lagos: I am looking for a mentor for you');

    // Everyone sees their mentorships in /mydata, and /forgetme takes them away.
    await mo.says('/mydata');
    mo.expectBotSaid(/Your mentorship \(one\):\n• Lagos: mentor of @bob \(accepted\)/);
    group.markRead();
    await mo.says('/forgetme');
    await mo.presses('Yes, delete my data');
    // Bob never opened a private chat: the group tells him, addressed to him, neither who nor why.
    const ended = group.expectBotSaid(/^@bob, your mentorship in Lagos has ended\.\n/);
    // No other mentor speaks his language: no promise of one (the coordinators are told, in private).
    expect(ended).not.toContain('I am asking the next best mentor');
    coordinator.expectBotSaid('No other mentor is free for @bob in Lagos right now.');
    expect(ended).toContain('Open a private chat with me and news like this will reach you there.');
    expect(ended).not.toMatch(/@mo\b|left|deleted/i);
    expect(group.messages().at(-1)?.html).toContain('href="https://fake.chat/');
    await group.as('bob').says('/pair');
    group.expectBotSaid(/You have no mentor or mentee/);
  }, 90_000);

  it('offers the mentee to the next best mentor after a decline or 72 hours of silence', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, [
      { handle: 'mo', languages: 'en', topics: 'history', mentor: 1, reachable: true },
      { handle: 'pat', languages: 'en', topics: 'history, maps', mentor: 1, reachable: true },
      { handle: 'quinn', languages: 'en', topics: 'poetry', mentor: 1, reachable: true },
      { handle: 'bob', languages: 'en', topics: 'history, maps', mentee: true, reachable: true },
    ]);
    await group.as('alice').says('/pair mentors');
    // Pat shares both wanted topics: the best fit.
    world.dm('alice').expectBotSaid(/@bob ← @pat/);
    await group.as('alice').says('/pair confirm');
    const pat = world.dm('pat');
    pat.expectBotSaid(/Would you mentor @bob/);

    // Pat says nothing for 72 hours: Mo (history) is asked next.
    await world.advance('71h');
    expect(
      world
        .dm('mo')
        .botMessages()
        .some((m) => m.includes('Would you mentor')),
    ).toBe(false);
    await world.advance('2h');
    world.dm('mo').expectBotSaid(/Would you mentor @bob/);
    // Pat's buttons are now stale.
    expect(await pat.presses('Accept')).toMatch(/no longer (open|valid)/);

    // Mo declines: Quinn, the last one who fits, is asked, and accepts.
    await world.dm('mo').presses('Decline');
    const quinn = world.dm('quinn');
    quinn.expectBotSaid(/Would you mentor @bob/);
    await quinn.presses('Accept');
    world.dm('bob').expectBotSaid(/Bob, meet your mentor @quinn in Lagos!/);

    // Quinn leaves the cohort: Bob is offered to the next mentor who has not said no (Pat, who let it lapse, is
    // not asked again; Mo declined) — nobody is left, and the coordinators are told in private.
    await group.as('quinn').says('/leave');
    world.dm('alice').expectBotSaid('No other mentor is free for @bob in Lagos right now.');
    expect(group.botMessages().join('\n')).not.toContain('No other mentor');
    await group.as('bob').says('/pair');
    group.expectBotSaid(/You have no mentor or mentee/);
  });

  it('pairs by hand, ends a pairing after asking, and answers wrong input clearly', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, [
      { handle: 'mo', languages: 'en', topics: 'history', mentor: 2, reachable: true },
      { handle: 'bob', languages: 'en', topics: 'history' },
    ]);
    // Nobody asked for a mentor yet.
    await group.as('alice').says('/pair mentors');
    group.expectBotSaid('Nobody is waiting for a mentor: members ask with /profile set wants-mentor yes.');
    await group.as('alice').says('/pair confirm');
    group.expectBotSaid('There is no preview to confirm: /pair mentors makes one.');

    await group.as('alice').says('/pair @bob @bob');
    group.expectBotSaid('Someone cannot be their own mentor.');
    await group.as('alice').says('/pair @mo');
    group.expectBotSaid('Name two people: /pair @mentor @mentee');
    await group.as('alice').says('/pair @mo @ghost');
    group.expectBotSaid(/ghost/);
    await group.as('bob').says('/pair @mo @bob');
    group.expectBotSaid(/Only a coordinator/);
    await group.as('bob').says('/pair mentors');
    group.expectBotSaid(/Only a coordinator/);

    await group.as('alice').says('/pair @mo @bob');
    group.expectBotSaid('I asked @mo to mentor @bob.');
    await group.as('alice').says('/pair @mo @bob');
    group.expectBotSaid(/@bob already has a mentor/);
    await world.dm('mo').presses('Accept');

    await group.as('alice').says('/unpair @bob');
    group.expectBotSaid('End the mentorship of @bob?');
    // Only a coordinator's press counts.
    expect(await group.as('bob').presses('End it')).toMatch(/for someone else/);
    await group.as('alice').presses('End it');
    group.expectBotSaid('One mentorship ended.');
    await group.as('bob').says('/pair');
    group.expectBotSaid(/You have no mentor or mentee/);
    await group.as('alice').says('/unpair @bob');
    group.expectBotSaid('@bob has no mentor or mentee.');

    // In private, a preview needs a cohort the caller coordinates.
    await world.dm('mo').says('/pair mentors');
    world.dm('mo').expectBotSaid('You are in no cohort where you can use /pair.');
  });

  it('lets coordinators allow language bridging and set the time mentors have to answer', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, [
      { handle: 'mo', languages: 'en', topics: 'history', mentor: 1, reachable: true },
      { handle: 'pat', languages: 'en', topics: 'maps', mentor: 1, reachable: true },
      { handle: 'dan', languages: 'fr', topics: 'history', mentee: true },
    ]);
    await group.as('alice').says('/pair settings');
    group.expectBotSaid('Pairing settings: pairs without a common language: no; mentors answer within 72 hours.');
    await group.as('alice').says('/pair mentors');
    world.dm('alice').expectBotSaid(/@dan: no mentor fits/);

    await group.as('alice').says('/pair settings --bridging yes --answer-within 1d');
    group.expectBotSaid('Saved. Pairs without a common language: yes; mentors answer within 24 hours.');
    await group.as('alice').says('/pair mentors');
    world.dm('alice').expectBotSaid(/@dan ← @mo: no common language \(allowed by a coordinator\); /);
    await group.as('alice').says('/pair confirm');
    group.expectBotSaid(/Each mentor has 24 h to answer/);
    await world.advance('25h');
    world.dm('pat').expectBotSaid(/Would you mentor @dan/);

    await group.as('alice').says('/pair settings --answer-within 2h');
    group.expectBotSaid('“2h” is not a time from 12h to 14d (like 48h or 3d).');
    await group.as('alice').says('/pair settings --bridging perhaps');
    group.expectBotSaid(/perhaps/);
    await group.as('mo').says('/pair settings --bridging no');
    group.expectBotSaid(/Only a coordinator/);
  });

  it('hands the mentees of a mentor away for more than three weeks to the next best mentor', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, [
      { handle: 'mo', languages: 'en', topics: 'history', mentor: 1, reachable: true },
      { handle: 'pat', languages: 'en', topics: 'maps', mentor: 1, reachable: true },
      { handle: 'bob', languages: 'en', topics: 'history', mentee: true, reachable: true },
    ]);
    await group.as('alice').says('/pair @mo @bob');
    await world.dm('mo').presses('Accept');
    // Two weeks away: Bob keeps Mo.
    await group.as('mo').says('/pause --until 2w');
    expect(
      world
        .dm('pat')
        .botMessages()
        .some((m) => m.includes('Would you mentor')),
    ).toBe(false);
    await group.as('mo').says('/resume');
    // Two months away: Pat is asked to take Bob.
    await group.as('mo').says('/pause --until 60d');
    world.dm('pat').expectBotSaid(/Would you mentor @bob/);
  });

  it('honours opt-in preferences and private exclusions, and never shows them to others', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, [
      { handle: 'mo', languages: 'en', topics: 'history, maps', mentor: 1, reachable: true },
      { handle: 'nina', languages: 'en', topics: 'history', mentor: 1, reachable: true },
      { handle: 'carol', languages: 'en', topics: 'history, maps', mentee: true, reachable: true },
      { handle: 'bob', languages: 'en', topics: 'history', mentee: true, reachable: true },
    ]);
    // Carol asks for a safe space; only Nina offers the same one.
    await world.dm('carol').says('/profile set preferences safe-space:women');
    await world.dm('nina').says('/profile set preferences Safe-Space:Women');
    await group.as('nina').says('/profile set stage experienced');
    await group.as('nina').says('/profile set stage guru');
    group.expectBotSaid('“guru” is not a stage. Choose one of: newcomer, contributor, organizer, experienced.');
    // Bob never wants to be paired with Nina; he says so in private, and only there.
    await group.as('bob').says('/avoid @nina');
    group.expectBotSaid(/private/i);
    const bob = world.dm('bob');
    await bob.says('/avoid @nina');
    bob.expectBotSaid('Noted: I will never pair you with Nina (in Lagos). They are not told.');
    await bob.says('/avoid');
    bob.expectBotSaid(/People you are never paired with\n• Lagos: @nina/);
    await bob.says('/avoid @bob');
    bob.expectBotSaid('You cannot avoid yourself.');

    await group.as('alice').says('/pair mentors');
    const preview = world.dm('alice').expectBotSaid(/Proposed mentors/);
    // Mo fits Carol's topics better, but Carol's safe-space preference is only met by Nina.
    expect(preview).toMatch(/@carol ← @nina/);
    expect(preview).toMatch(/@bob ← @mo/);
    // The preview names no preference and no exclusion.
    expect(preview).not.toMatch(/safe-space|avoid/i);
    // A coordinator looking at Carol's profile does not see her preferences; she does.
    await group.as('alice').says('/profile @carol');
    expect(world.dm('alice').expectBotSaid(/Carol in Lagos/)).not.toContain('safe-space');
    await world.dm('carol').says('/profile');
    world.dm('carol').expectBotSaid(/Matching preferences \(only you see them\): safe-space:women/);
    expect(
      world
        .dm('nina')
        .botMessages()
        .some((m) => /avoid|never pair/i.test(m)),
    ).toBe(false);

    await bob.says('/avoid @nina --remove');
    bob.expectBotSaid('Nina may be paired with you again (in Lagos).');
    await bob.says('/mydata');
    bob.expectBotSaid(/people you avoid: 0/);
  });

  it('says so when nobody offers to mentor', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, [{ handle: 'bob', languages: 'en', topics: 'history', mentee: true }]);
    await group.as('alice').says('/pair mentors');
    group.expectBotSaid(/Nobody in this cohort offers to mentor yet/);
  });
});
