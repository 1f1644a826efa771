// Longer than 300 lines on purpose: the whole terminal program (its commands,
// the simulated platform's wiring, the prompt loop) in one readable file.
//
// `npm run playground`: try the bot in a terminal, without any token. One
// person plays several users in a group and in private chats; the clock is
// virtual, so scheduled work fires when you move it forward. Data lives in an
// embedded database (DATA_DIR/playground; `--fresh` starts over).

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pino from 'pino';
import { dmChatId, type FakeMessage } from '../adapters/fake/adapter.ts';
import { loadConfig, readDotEnv } from './config.ts';
import { OperatorError } from './core/errors.ts';
import { htmlToPlain } from './core/markup.ts';
import type { ChatRef, Sender } from './core/types.ts';
import { openDatabase } from './db/client.ts';
import { applyMigrations } from './db/migrate.ts';
import { createPrismaStore } from './db/store.ts';
import { createLocalBot } from './local.ts';

const HELP = `Playground commands (everything else goes to the bot as the current person):
  /as NAME            speak as NAME (people are created on first use)
  /in group [TITLE]   go to a group (default "Playground"); /in topic ID for a forum topic
  /in dm              go to your private chat with the bot
  /admin NAME         make NAME an admin of the current group (admins are coordinators while admins)
  /unadmin NAME       NAME is no longer an admin here (a role given with /role stays)
  /event join|leave   the platform reports that you joined or left the current group
  /press N            press button N of the bot's latest message here
  /open               follow the newest link the bot sent here (opens your private chat with the bot)
  /clock [+30m|+2h|+3d|+1w]   show the virtual time, or move it forward and run due work
  /who                list the people
  /playground         this help        /quit   leave
Try: /cohort create "Lagos editors" --timezone Africa/Lagos, then /as bob, /join, /profile set languages en,yo`;

const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[22m` : s);
const dim = (s: string) => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[22m` : s);

function render(html: string): string {
  const withBold = html.replace(/<b>(.*?)<\/b>/gs, (_, inner: string) => bold(inner));
  return htmlToPlain(withBold).replace(/[\u2068\u2069]/g, '');
}

interface Place {
  chat: ChatRef;
  label: string;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`npm run playground [-- --fresh]\n\n${HELP}\n`);
    return;
  }
  readDotEnv();
  const config = loadConfig();
  const dataDir = join(config.dataDir, 'playground');
  if (args.includes('--fresh')) rmSync(dataDir, { recursive: true, force: true });
  // Quiet unless asked: log lines would interleave with the conversation.
  const log = pino({ level: process.env.LOG_LEVEL ? config.log.level : 'warn' }, pino.destination(2));
  process.stdout.write(dim(`Opening the embedded database in ${dataDir} …\n`));
  const db = await openDatabase({ dataDir, log });
  await applyMigrations(db);
  const store = createPrismaStore(db);
  const local = await createLocalBot({
    store,
    log,
    defaults: config.defaults,
  });
  const { adapter, clock } = local;

  const people = new Map<string, Sender>();
  const person = (name: string): Sender => {
    const handle = name.replace(/^@/, '').toLowerCase();
    let found = people.get(handle);
    if (!found) {
      found = {
        userId: `pg-${handle}`,
        displayName: handle.charAt(0).toUpperCase() + handle.slice(1),
        username: handle,
      };
      people.set(handle, found);
    }
    return found;
  };
  const groupPlace = (title: string, threadId?: string): Place => ({
    chat: {
      platform: 'fake',
      chatId: `pg-group-${title.toLowerCase().replace(/\W+/g, '-')}`,
      kind: 'group',
      title,
      ...(threadId ? { threadId } : {}),
    },
    label: threadId ? `${title} / topic ${threadId}` : title,
  });

  let me = person('alice');
  let here = groupPlace('Playground');
  adapter.setAdmins(here.chat.chatId, [me.userId]);
  let seq = 0;
  let shown = adapter.messages.length;
  let deletionsShown = adapter.deletions.length;
  let uploadsShown = adapter.uploads.length;
  const nextId = () => `pg-${Date.now().toString(36)}-${seq++}`;

  const showNew = () => {
    // A private command typed in a group is taken out of it (docs/privacy.md).
    for (const _ of adapter.deletions.slice(deletionsShown))
      process.stdout.write(dim('(the bot deleted your message)\n'));
    deletionsShown = adapter.deletions.length;
    for (const message of adapter.messages.slice(shown)) printMessage(message);
    shown = adapter.messages.length;
    // Pictures and files (charts, exports, calendar files): their name and size, and the caption.
    for (const upload of adapter.uploads.slice(uploadsShown)) {
      const where = upload.chatId === here.chat.chatId ? '' : dim(` (in ${describeChat(upload)})`);
      const caption = upload.caption ? ` ${render(upload.caption)}` : '';
      process.stdout.write(
        `${bold('bot')}${where}: [${upload.kind} ${upload.fileName}, ${upload.data.length} bytes${upload.path ? ', streamed from a temporary file' : ''}]${caption}\n`,
      );
    }
    uploadsShown = adapter.uploads.length;
  };
  const printMessage = (m: FakeMessage) => {
    const where =
      m.chatId === here.chat.chatId && m.threadId === here.chat.threadId ? '' : dim(` (in ${describeChat(m)})`);
    process.stdout.write(`${bold('bot')}${where}: ${render(m.html)}\n`);
    m.buttons?.flat().forEach((button, i) => {
      process.stdout.write(`   [${i + 1}] ${render(button.label)}\n`);
    });
  };
  const describeChat = (m: Pick<FakeMessage, 'chatId' | 'threadId'>): string => {
    const owner = [...people.values()].find((p) => dmChatId(p.userId) === m.chatId);
    if (owner) return `private chat with ${owner.displayName}`;
    return m.chatId.replace(/^pg-group-/, 'group ') + (m.threadId ? ` / topic ${m.threadId}` : '');
  };
  const prompt = () =>
    `${me.displayName} @ ${here.label} ${dim(clock.now().toISOString().slice(0, 16).replace('T', ' '))}> `;

  const handleLine = async (line: string): Promise<boolean> => {
    const [word = '', ...rest] = line.trim().split(/\s+/);
    const arg = rest.join(' ');
    switch (word.toLowerCase()) {
      case '':
        return true;
      case '/quit':
      case '/exit':
        return false;
      case '/playground':
        process.stdout.write(`${HELP}\n`);
        return true;
      case '/as':
        if (!arg) process.stdout.write('usage: /as NAME\n');
        else {
          me = person(arg);
          if (here.chat.kind === 'private')
            here = {
              chat: { platform: 'fake', chatId: dmChatId(me.userId), kind: 'private' },
              label: `private chat with the bot`,
            };
        }
        return true;
      case '/in':
        if (rest[0] === 'dm') {
          here = {
            chat: { platform: 'fake', chatId: dmChatId(me.userId), kind: 'private' },
            label: 'private chat with the bot',
          };
        } else if (rest[0] === 'group') {
          here = groupPlace(rest.slice(1).join(' ') || 'Playground');
        } else if (rest[0] === 'topic' && rest[1]) {
          here = groupPlace(here.chat.title ?? 'Playground', rest[1]);
        } else process.stdout.write('usage: /in group [TITLE] | /in topic ID | /in dm\n');
        return true;
      case '/admin': {
        if (here.chat.kind !== 'group' || !arg) {
          process.stdout.write('usage: /admin NAME (in a group)\n');
          return true;
        }
        const admins = await adapter.chatAdmins(here.chat);
        adapter.setAdmins(here.chat.chatId, [...new Set([...admins, person(arg).userId])]);
        process.stdout.write(dim(`${person(arg).displayName} is now an admin of ${here.label}\n`));
        return true;
      }
      case '/unadmin': {
        if (here.chat.kind !== 'group' || !arg) {
          process.stdout.write('usage: /unadmin NAME (in a group)\n');
          return true;
        }
        const admins = await adapter.chatAdmins(here.chat);
        adapter.setAdmins(
          here.chat.chatId,
          admins.filter((id) => id !== person(arg).userId),
        );
        process.stdout.write(dim(`${person(arg).displayName} is no longer an admin of ${here.label}\n`));
        return true;
      }
      case '/event':
        if (here.chat.kind !== 'group' || (arg !== 'join' && arg !== 'leave')) {
          process.stdout.write('usage: /event join|leave (in a group)\n');
          return true;
        }
        await adapter.push({
          kind: 'member',
          id: nextId(),
          chat: here.chat,
          sender: me,
          member: me,
          change: arg === 'join' ? 'joined' : 'left',
        });
        break;
      case '/press': {
        const n = Number(arg);
        const withButtons = adapter
          .inChat(here.chat.chatId, here.chat.threadId)
          .filter((m) => m.buttons)
          .pop();
        const button = withButtons?.buttons?.flat()[n - 1];
        if (!withButtons || !button) {
          process.stdout.write('no such button here\n');
          return true;
        }
        const ackId = nextId();
        await adapter.push({
          kind: 'action',
          id: nextId(),
          chat: here.chat,
          sender: me,
          data: button.data,
          ackId,
          messageId: withButtons.messageId,
        });
        const toast = adapter.acks.find((a) => a.ackId === ackId)?.text;
        if (toast) process.stdout.write(dim(`(toast) ${toast}\n`));
        break;
      }
      case '/open': {
        // Like tapping a t.me deep link: the private chat opens and sends /start with the link's payload.
        const link = adapter
          .inChat(here.chat.chatId, here.chat.threadId)
          // A link (href) or an address written out in the text (the survey invitation): Telegram links both.
          // Fluent's isolation marks around a placed address are not part of it.
          .map((m) => [...m.html.matchAll(/https?:\/\/[^\s"<]*\?start=([^"&\s<\u2068\u2069]+)/g)].pop()?.[1])
          .filter((payload): payload is string => payload !== undefined)
          .pop();
        if (!link) {
          process.stdout.write('no link from the bot here\n');
          return true;
        }
        here = {
          chat: { platform: 'fake', chatId: dmChatId(me.userId), kind: 'private' },
          label: 'private chat with the bot',
        };
        await adapter.push({
          kind: 'message',
          id: nextId(),
          messageId: nextId(),
          chat: here.chat,
          sender: me,
          text: `/start ${decodeURIComponent(link)}`,
        });
        break;
      }
      case '/clock': {
        if (arg) {
          const match = /^\+?(\d+)\s*(m|h|d|w)$/.exec(arg);
          if (!match) {
            process.stdout.write('usage: /clock +30m | +2h | +3d | +1w\n');
            return true;
          }
          const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[match[2] as 'm'];
          const ran = await local.advance(Number(match[1]) * unit);
          process.stdout.write(dim(`clock moved to ${clock.now().toISOString()}; ${ran} scheduled job(s) ran\n`));
        } else {
          const next = local.scheduler.nextRunAt();
          process.stdout.write(
            dim(`now ${clock.now().toISOString()}; next job ${next ? next.toISOString() : 'none'}\n`),
          );
        }
        break;
      }
      case '/who':
        for (const p of people.values())
          process.stdout.write(`${p.displayName} (@${p.username})${p === me ? ' ← you' : ''}\n`);
        return true;
      default:
        await adapter.push({
          kind: 'message',
          id: nextId(),
          messageId: nextId(),
          chat: here.chat,
          sender: me,
          text: line,
        });
    }
    await local.outbox.settled();
    showNew();
    return true;
  };

  process.stdout.write(
    `${bold('cohort-bot playground')} — you are ${me.displayName}, an admin of the group "Playground".\n${HELP}\n\n`,
  );
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  rl.setPrompt(prompt());
  if (process.stdin.isTTY) rl.prompt();
  // Lines are handled one at a time, in order, even when pasted or piped.
  let queue = Promise.resolve(true);
  let closing = false;
  const finish = async () => {
    if (closing) return;
    closing = true;
    await queue;
    rl.close();
    await adapter.stop();
    await db.close();
    process.exit(0);
  };
  rl.on('line', (line) => {
    queue = queue.then(async (go) => {
      // Lines read before stdin closed are still played (a piped script ends with its last line).
      if (!go) return false;
      if (!process.stdin.isTTY) process.stdout.write(`${prompt()}${line}\n`);
      const keepGoing = await handleLine(line).catch((error: unknown) => {
        process.stdout.write(`playground error: ${error instanceof Error ? error.message : String(error)}\n`);
        return true;
      });
      if (!keepGoing) void finish();
      else if (process.stdin.isTTY) {
        rl.setPrompt(prompt());
        rl.prompt();
      }
      return keepGoing;
    });
  });
  rl.on('close', () => void finish());
}

main().catch((error: unknown) => {
  const line = error instanceof OperatorError ? error.userLine : error instanceof Error ? error.message : String(error);
  process.stderr.write(`playground: ${line}\n`);
  process.exit(1);
});
