/**
 * Creates a desk account: `npm run editors:add -- --name "Ada Park" --email ada@example.com --role admin`.
 * The password is read from standard input when piped, or asked for twice at a terminal without echo; never from
 * the command line, where other users could see it in the process list and it would stay in the shell's history.
 * The account goes into the desk's SQLite file in DESK_DATA_DIR (default .data/desk).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ACCOUNT_ERRORS } from '../lib/editors/accounts/account-messages';
import { addAccount, newAccountSchema } from '../lib/editors/accounts/add-account';
import { deskDataDir, DeskStore } from '../lib/editors/accounts/desk-store';

const USAGE = 'Usage: npm run editors:add -- --name "<name>" --email <address> --role contributor|editor|admin';

async function readPiped(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** One line typed at the terminal, not echoed. */
function askHidden(question: string): Promise<string> {
  process.stdout.write(question);
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  let value = '';
  return new Promise((resolve) => {
    const onData = (typed: string) => {
      for (const char of typed) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          return resolve(value);
        }
        if (char === '\u0003') process.exit(130);
        value = char === '\u007f' ? value.slice(0, -1) : value + char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPiped();
  const first = await askHidden('Password: ');
  if ((await askHidden('Password again: ')) !== first) {
    console.error('The two passwords differ.');
    process.exit(1);
  }
  return first;
}

const { values } = parseArgs({
  options: { name: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' } },
  strict: true,
});
const fields = newAccountSchema.omit({ password: true }).safeParse(values);
if (!fields.success) {
  console.error(`${fields.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n')}\n${USAGE}`);
  process.exit(2);
}
const password = await readPassword();
const file = path.join(deskDataDir(), 'desk.sqlite');
const store = new DeskStore(file);
try {
  const result = await addAccount(store, { ...fields.data, password });
  if ('error' in result) {
    console.error(result.reason ?? ACCOUNT_ERRORS[result.error]);
    process.exitCode = 1;
  } else {
    store.addAudit(
      { name: 'npm run editors:add', email: '' },
      `created ${result.account.role} account`,
      `${result.account.name} <${result.account.email}>`,
    );
    console.log(`Created ${result.account.role} ${result.account.name} <${result.account.email}> in ${file}`);
  }
} finally {
  store.close();
}
