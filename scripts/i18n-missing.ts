// Which messages each locale lacks, with the English text to translate:
//   npm run i18n:missing            every locale
//   npm run i18n:missing -- fr ru   only these
// The output is .ftl: paste a locale's block at the end of locales/<locale>.ftl
// and translate it. Exits 1 when something is missing (or extra), so a merge
// can check it too; tests/core/i18n.test.ts is the full check.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCALES_DIR = fileURLToPath(new URL('../locales/', import.meta.url));

/** The entries of a .ftl file in order: id and its source lines (the value and any indented lines after it). */
function entries(locale: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | null = null;
  for (const line of readFileSync(join(LOCALES_DIR, `${locale}.ftl`), 'utf8').split('\n')) {
    const id = /^([a-zA-Z][\w-]*) *=/.exec(line)?.[1];
    if (id) {
      current = id;
      out.set(id, line);
    } else if (current && /^[ \t}]/.test(line)) {
      out.set(current, `${out.get(current)}\n${line}`);
    } else {
      current = null;
    }
  }
  return out;
}

const english = entries('en');
const asked = process.argv.slice(2);
const locales = readdirSync(LOCALES_DIR)
  .filter((f) => f.endsWith('.ftl'))
  .map((f) => f.slice(0, -4))
  .filter((l) => l !== 'en' && (asked.length === 0 || asked.includes(l)))
  .sort();

let problems = 0;
for (const locale of locales) {
  const translated = entries(locale);
  const missing = [...english.keys()].filter((id) => !translated.has(id));
  const extra = [...translated.keys()].filter((id) => !english.has(id));
  problems += missing.length + extra.length;
  if (missing.length === 0 && extra.length === 0) {
    console.log(`# ${locale}: complete (${translated.size} messages)`);
    continue;
  }
  console.log(`# ${locale}: ${missing.length} missing, ${extra.length} extra (locales/${locale}.ftl)`);
  if (extra.length > 0) console.log(`# extra, not in English: ${extra.join(', ')}`);
  for (const id of missing) console.log(english.get(id));
  console.log('');
}
process.exitCode = problems > 0 ? 1 : 0;
