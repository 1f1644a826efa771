// Adds package-lock entries for optional platform packages (other OS/CPU builds
// of biome, msgpackr-extract, ...) that a registry mirror without them leaves
// out, so that `npm ci` accepts the lockfile everywhere. Each entry names its
// os/cpu, so npm installs it only on that platform. Run after `npm install`:
//   node scripts/lock-platform-stubs.ts
import fs from 'node:fs';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const OSES = ['android', 'darwin', 'linux', 'win32', 'freebsd', 'openbsd', 'sunos', 'aix'];
const CPUS = ['arm64', 'x64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64'];

const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const packages = lock.packages;
let added = 0;
for (const entry of Object.values(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key]) continue;
    const base = name.split('/').pop() ?? name;
    const os = OSES.find((o) => base.includes(o));
    const cpu = CPUS.find((c) => base.includes(`-${c}`));
    const stub: LockEntry = { version: spec.replace(/^[\^~=]/, ''), optional: true };
    if (entry.dev) stub.dev = true;
    if (os) stub.os = [os];
    if (cpu) stub.cpu = [cpu];
    if (base.includes('musl')) stub.libc = ['musl'];
    packages[key] = stub;
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
fs.writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform stubs`);
