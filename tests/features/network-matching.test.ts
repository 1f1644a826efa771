// Cross-cohort peer matching (docs/network.md): members of three cohorts of a
// network opt in (in their group, answered privately, or in private), one opts
// out again, and the network coordinator's round never pairs two people of one
// cohort when another split exists; introductions go privately, in each
// person's language, and nothing of it reaches any group.

import { afterEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../helpers/scenario.ts';
import { linkCohorts } from './network-helpers.ts';

const START = new Date('2026-01-05T09:00:00Z');

/** Who met whom: each person's introduction names the others by their @username. */
function introductions(world: World, handles: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const h of handles) {
    const intro = world
      .dm(h)
      .botMessages()
      .findLast((m) => /you are meeting|vous rencontrez|nobody from another cohort/.test(m));
    if (intro) out.set(h, intro);
  }
  return out;
}

describe('cross-cohort peer matching in a network', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  async function network() {
    world = await createWorld({ start: START });
    const lagos = world.group('Lagos', { admins: ['alice'] });
    const accra = world.group('Accra', { admins: ['kofi'] });
    const nairobi = world.group('Nairobi', { admins: ['wanjiru'] });
    await lagos.as('alice').says('/cohort create Lagos --themes editing');
    await accra.as('kofi').says('/cohort create Accra --languages fr,en --themes editing');
    await nairobi.as('wanjiru').says('/cohort create Nairobi --themes photos');
    for (const h of ['alice', 'kofi', 'wanjiru', 'bob', 'carol', 'ama', 'yaw', 'otieno', 'zuri'])
      await world.dm(h).says('/start');
    for (const h of ['bob', 'carol']) await lagos.as(h).says('/join');
    for (const h of ['ama', 'yaw']) await accra.as(h).says('/join');
    for (const h of ['otieno', 'zuri']) await nairobi.as(h).says('/join');
    // Accra's members read and write French and English.
    for (const h of ['ama', 'yaw']) await world.dm(h).says('/profile set languages fr, en');
    await world.dm('ama').says('/language fr');
    await linkCohorts(world, lagos, 'alice', 'West Africa', [
      [accra, 'kofi'],
      [nairobi, 'wanjiru'],
    ]);
    nairobi.expectBotSaid(/Nairobi joined “West Africa”. Cohorts in the network now: 3/);
    return { lagos, accra, nairobi };
  }

  it('opts in and out, then introduces people across cohorts, privately, never two of one cohort when avoidable', async () => {
    const { lagos, accra, nairobi } = await network();

    // In the group: the answer goes privately; the group reads only the pointer.
    await lagos.as('bob').says('/network meet on');
    lagos.expectBotSaid('Bob, I sent it to you in private.');
    world.dm('bob').expectBotSaid('You will be introduced to someone from another cohort in “West Africa”');
    await lagos.as('carol').says('/network meet on');
    await accra.as('ama').says('/network meet on');
    // In private, with the buttons of /network meet.
    await world.dm('yaw').says('/network meet');
    world.dm('yaw').expectBotSaid('“West Africa” (through Accra): no');
    await world.dm('yaw').presses('Yes, introduce me');
    world.dm('yaw').expectBotSaid(/introduced to someone from another cohort/);
    // The same question's other button, pressed later: stale, nothing changes.
    expect(await world.dm('yaw').presses('No, stop')).toMatch(/no longer valid|expired|already/i);
    await world.dm('yaw').says('/network meet');
    world.dm('yaw').expectBotSaid('“West Africa” (through Accra): yes');
    await nairobi.as('zuri').says('/network meet on');
    // Otieno opts in, then out again: he is left out of the round.
    await nairobi.as('otieno').says('/network meet on');
    await world.dm('otieno').says('/network meet off');
    world.dm('otieno').expectBotSaid('You will no longer be introduced to people in “West Africa”.');

    // Only a network coordinator starts a round.
    await nairobi.as('wanjiru').says('/network round');
    nairobi.expectBotSaid(/Only a network's coordinators/);
    await lagos.as('alice').says('/network round');
    await world.local.outbox.settled();
    const summary = world.dm('alice').expectBotSaid(/Round 1 of “West Africa”/);
    expect(summary).toContain('2 introductions for 5 people');
    expect(summary).toContain('(nobody else fitted): 0');

    const intros = introductions(world, ['bob', 'carol', 'ama', 'yaw', 'zuri', 'otieno']);
    expect(intros.has('otieno')).toBe(false);
    const cohortOf: Record<string, string> = { bob: 'L', carol: 'L', ama: 'A', yaw: 'A', zuri: 'N' };
    for (const [who, text] of intros) {
      const met = Object.keys(cohortOf).filter((o) => o !== who && text.includes(`@${o}`));
      expect(met.length, text).toBeGreaterThanOrEqual(1);
      // Nobody meets someone of their own cohort: 5 people of 3 cohorts split as a pair and a triad without one.
      for (const other of met) expect(cohortOf[other], `${who} met ${other}: ${text}`).not.toBe(cohortOf[who]);
    }
    // Ama reads hers in French, the others in English, with what they share and the other's cohort.
    expect(intros.get('ama')).toMatch(/dans le réseau « West Africa » vous rencontrez/);
    expect(intros.get('bob')).toMatch(/you are meeting .* from another cohort/);
    expect(intros.get('bob')).toMatch(/\((Accra|Nairobi)\)/);
    // No group heard anything of the round.
    for (const group of [lagos, accra, nairobi]) {
      expect(group.botMessages().join('\n')).not.toMatch(/meeting|rencontrez|Round 1/);
    }

    // /mydata lists the opt-in and the round; the next round avoids repeating pairs while it can.
    await world.dm('bob').says('/mydata');
    const mine = world.dm('bob').expectBotSaid('Networks where you meet people from other cohorts (1)');
    expect(mine).toMatch(/“West Africa”, through Lagos, since/);
    expect(mine).toMatch(/“West Africa”, round 1 \(.*\): you met @/);

    // Opted out: "off" again is answered plainly, and a round of a network with one opt-in is refused.
    await world.dm('otieno').says('/network meet off');
    world.dm('otieno').expectBotSaid('You were not signed up to meet people there.');
  });

  it('refuses bad input with clear answers', async () => {
    const { lagos } = await network();
    await world.dm('bob').says('/network meet on "Nowhere"');
    world.dm('bob').expectBotSaid('No network called “Nowhere” here. Networks: “West Africa”.');
    await lagos.as('alice').says('/network round');
    world.dm('alice').markRead();
    lagos.expectBotSaid('Fewer than two members of “West Africa” signed up');
    const lone = world.group('Lone', { admins: ['lena'] });
    await lone.as('lena').says('/cohort create Lone');
    await lone.as('lena').says('/network meet on');
    lone.expectBotSaid('None of your cohorts here is in a network.');
    await lone.as('lena').says('/network create Solo');
    await lone.as('lena').says('/network round');
    lone.expectBotSaid('“Solo” has one cohort');
    // Someone outside the cohort, in its group.
    await lone.as('stranger').says('/network meet on');
    lone.expectBotSaid(/Only members of this cohort/);
  });
});
