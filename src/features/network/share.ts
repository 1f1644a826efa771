// Sharing a learning with the networks of one's cohort, one item at a time
// and only by its author: /share lists their items with a button each, the
// press asks whether to show their name, and only then is the item offered.
// A cohort that asks for approval holds it until one of its coordinators
// approves it (buttons sent to them privately). /share withdraw takes an item
// back before it goes out.

import { expectNoWords, type ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { cohortChatAdmins, isCoordinator } from '../../core/permissions.ts';
import type { ActionToken, Cohort, NetworkShare } from '../../core/store.ts';
import { shareableItems, sharingMemberships } from './items.ts';

export const SHARE_PICK = 'network.share-pick';
export const SHARE_CONSENT = 'network.share-consent';
export const SHARE_WITHDRAW = 'network.share-withdraw';
export const SHARE_DECIDE = 'network.share-decide';

const PREVIEW = 120;
const preview = (text: string) => ([...text].length > PREVIEW ? `${[...text].slice(0, PREVIEW).join('')}…` : text);
/** Approval buttons stay valid for two weeks. */
const DECIDE_TTL_MS = 14 * 86_400_000;

export async function share(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  const memberships = await sharingMemberships(ctx);
  if (memberships.length === 0) throw new UserError('network-share-error-no-network');
  const lines = [ctx.t('network-share-title')];
  const buttons = [];
  let n = 0;
  for (const membership of memberships) {
    for (const item of await shareableItems(ctx, membership)) {
      n += 1;
      lines.push(
        ctx.t('network-share-item', { n, kind: item.kind, cohort: membership.cohort.name, text: preview(item.text) }),
      );
      buttons.push([
        await ctx.button(SHARE_PICK, ctx.t('network-share-button', { n }), {
          payload: { membershipId: membership.id, kind: item.kind, id: item.id },
        }),
      ]);
    }
  }
  if (n === 0) throw new UserError('network-share-error-nothing');
  await ctx.reply({ html: lines.join('\n'), buttons });
}

/** The item of a press, still the presser's; a clear refusal otherwise. */
async function itemOf(ctx: Context, token: ActionToken) {
  const { membershipId, kind, id } = token.payload as { membershipId: string; kind: string; id: string };
  const membership = (await sharingMemberships(ctx)).find((m) => m.id === membershipId);
  const item = membership ? (await shareableItems(ctx, membership)).find((i) => i.kind === kind && i.id === id) : null;
  if (!membership || !item) throw new UserError('network-share-error-gone');
  return { membership, item };
}

export async function pick(ctx: Context, token: ActionToken): Promise<string | undefined> {
  const { membership, item } = await itemOf(ctx, token);
  const networks = (await ctx.store.networks.ofCohort(membership.cohortId)).map((e) => e.network.name);
  const buttons = await ctx.choices(
    SHARE_CONSENT,
    [
      { label: ctx.t('network-share-with-name'), choice: 'named' },
      { label: ctx.t('network-share-without-name'), choice: 'anonymous' },
      { label: ctx.t('network-share-cancel'), choice: 'cancel' },
    ],
    { payload: token.payload },
  );
  await ctx.reply({
    html: ctx.t('network-share-confirm', { text: item.text, networks: networks.map((x) => `“${x}”`).join(', ') }),
    buttons: buttons.map((b) => [b]),
  });
  return undefined;
}

export async function consent(
  ctx: Context,
  token: ActionToken,
  choice: string | undefined,
): Promise<string | undefined> {
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  if (choice !== 'named' && choice !== 'anonymous') {
    await ctx.say('network-share-cancelled');
    return undefined;
  }
  const { membership, item } = await itemOf(ctx, token);
  const now = ctx.services.clock.now();
  const offered: string[] = [];
  const waiting: NetworkShare[] = [];
  for (const { network, link } of await ctx.store.networks.ofCohort(membership.cohortId)) {
    const row = await ctx.store.networks.share({
      networkId: network.id,
      membershipId: membership.id,
      cohortId: membership.cohortId,
      sourceKind: item.kind,
      sourceId: item.id,
      text: item.text,
      locale: membership.cohort.locale,
      withName: choice === 'named',
      status: link.approval ? 'pending' : 'approved',
      createdAt: now,
    });
    if (!row) continue;
    offered.push(`“${network.name}”`);
    if (row.status === 'pending') waiting.push(row);
  }
  if (offered.length === 0) throw new UserError('network-share-error-already');
  for (const row of waiting) await askCoordinators(ctx, membership.cohort, row);
  await ctx.say(waiting.length > 0 ? 'network-share-pending' : 'network-share-done', { networks: offered.join(', ') });
  return undefined;
}

/** Approve / decline buttons, privately, to each coordinator of the author's cohort. */
async function askCoordinators(ctx: Context, cohort: Cohort, row: NetworkShare): Promise<void> {
  const network = await ctx.store.networks.byId(row.networkId);
  const admins = await cohortChatAdmins(ctx.services, cohort);
  for (const member of await ctx.store.memberships.list(cohort.id, { status: ['active', 'paused'] })) {
    if (!isCoordinator(member, admins)) continue;
    await ctx.job.tell(
      cohort,
      member,
      `network-approve-${row.id}-${member.id}`,
      async (to) => ({
        html: to.t('network-approve-ask', { cohort: cohort.name, network: network?.name ?? '?', text: row.text }),
        buttons: [
          await to.choices(
            SHARE_DECIDE,
            [
              { label: to.t('network-approve-yes'), choice: 'approved' },
              { label: to.t('network-approve-no'), choice: 'declined' },
            ],
            { payload: { shareId: row.id }, ttlMs: DECIDE_TTL_MS },
          ),
        ],
      }),
      { inGroup: false },
    );
  }
}

export async function decide(
  ctx: Context,
  token: ActionToken,
  choice: string | undefined,
): Promise<string | undefined> {
  const row = await ctx.store.networks.shareById(String(token.payload.shareId));
  const cohort = row ? await ctx.store.cohorts.byId(row.cohortId) : null;
  if (!row || !cohort || (choice !== 'approved' && choice !== 'declined')) return ctx.t('action-stale');
  // Still a coordinator of that cohort now (a role taken back takes the right away).
  const membership = await ctx.store.memberships.get(cohort.id, ctx.account.id);
  const admins = await cohortChatAdmins(ctx.services, cohort);
  if (!membership || !isCoordinator({ ...membership, account: ctx.account }, admins))
    return ctx.t('network-approve-not-coordinator');
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  if (!(await ctx.store.networks.decide(row.id, choice, ctx.services.clock.now())))
    return ctx.t('network-approve-already');
  await ctx.audit('network.share-decide', { shareId: row.id, decision: choice });
  const reply = choice === 'approved' ? 'network-approve-done' : 'network-decline-done';
  await ctx.say(reply);
  return ctx.t(reply);
}

/**
 * /share withdraw: the caller's shares still offered (waiting, or approved:
 * sent in a digest or not), a button each. Withdrawing keeps an item out of
 * future digests and takes it off the network's page (a digest already posted
 * stays in the hub's history).
 */
export async function withdrawList(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  const memberships = await ctx.store.memberships.forAccount(ctx.account.id);
  const open = (await ctx.store.networks.sharesOf(memberships.map((m) => m.id))).filter(
    (s) => s.status === 'pending' || s.status === 'approved',
  );
  // One line per item, whatever the number of networks it went to.
  const items = [...new Map(open.map((s) => [`${s.sourceKind}-${s.sourceId}`, s])).values()];
  if (items.length === 0) throw new UserError('network-withdraw-none-any');
  const lines = [ctx.t('network-withdraw-title-any')];
  const buttons = [];
  for (const [i, s] of items.entries()) {
    lines.push(ctx.t('network-withdraw-item', { n: i + 1, text: preview(s.text) }));
    buttons.push([
      await ctx.button(SHARE_WITHDRAW, ctx.t('network-withdraw-button', { n: i + 1 }), {
        payload: { membershipId: s.membershipId, kind: s.sourceKind, id: s.sourceId },
      }),
    ]);
  }
  await ctx.reply({ html: lines.join('\n'), buttons });
}

export async function withdraw(ctx: Context, token: ActionToken): Promise<string | undefined> {
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  const { membershipId, kind, id } = token.payload as { membershipId: string; kind: string; id: string };
  const mine = (await ctx.store.memberships.forAccount(ctx.account.id)).some((m) => m.id === membershipId);
  const count = mine ? await ctx.store.networks.withdraw(membershipId, kind as NetworkShare['sourceKind'], id) : 0;
  const reply = count > 0 ? 'network-withdraw-done-any' : 'network-share-error-gone';
  await ctx.say(reply);
  return undefined;
}
