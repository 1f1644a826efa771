// The layering rules of docs/architecture.md, checked on the source (Biome's
// noRestrictedImports says the same while editing, where a glob can say it).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

/** The files a file imports by relative path, as paths from the repository root ("src/core/x.ts"). */
function localImports(file: string): string[] {
  return imports(file)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) =>
      relative(root, resolve(dirname(file), spec))
        .split(sep)
        .join('/'),
    );
}

const rel = (file: string) => relative(root, file).split(sep).join('/');

/** "checkins" for src/features/checkins/…; null for src/features/index.ts and files elsewhere. */
function featureOf(path: string): string | null {
  const match = /^src\/features\/([^/]+)\//.exec(path);
  return match ? match[1]! : null;
}

/** Every import cycle among `files`, each as the path that closes it (a DFS keeping the current path). */
function importCycles(files: string[]): string[][] {
  const graph = new Map(files.map((file) => [rel(file), localImports(file)]));
  const cycles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string) => {
    const at = path.indexOf(node);
    if (at >= 0) {
      cycles.push([...path.slice(at), node]);
      return;
    }
    if (done.has(node) || !graph.has(node)) return;
    path.push(node);
    for (const next of graph.get(node)!) visit(next);
    path.pop();
    done.add(node);
  };
  for (const node of graph.keys()) visit(node);
  return cycles;
}

describe('layering', () => {
  it('keeps src/core and src/features free of platform, queue and database code', () => {
    const offending: string[] = [];
    for (const file of [...tsFiles(join(root, 'src/core')), ...tsFiles(join(root, 'src/features'))]) {
      for (const spec of imports(file)) {
        if (/^(grammy|matrix-bot-sdk|bullmq|ioredis|@prisma\/|pg$|@electric-sql)/.test(spec))
          offending.push(`${rel(file)} -> ${spec}`);
        if (/\/(adapters|db|jobs|http)\//.test(spec) || /^\.\.\/(db|jobs|http)\//.test(spec))
          offending.push(`${rel(file)} -> ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('lets adapters use only the core contract', () => {
    const offending: string[] = [];
    for (const file of tsFiles(join(root, 'adapters'))) {
      for (const spec of imports(file)) {
        // in-flight.ts: an adapter sleeping for its rate limit gives back its send permit (no dependencies of its own).
        if (spec.includes('/src/') && !/\/src\/core\/(types|errors|markup|in-flight)\.ts$/.test(spec))
          offending.push(`${rel(file)} -> ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('keeps the core from knowing any feature', () => {
    const offending = tsFiles(join(root, 'src/core')).flatMap((file) =>
      localImports(file)
        .filter((target) => target.startsWith('src/features/'))
        .map((target) => `${rel(file)} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps every feature to its own folder, the shared folder and the core', () => {
    const offending: string[] = [];
    for (const file of tsFiles(join(root, 'src/features'))) {
      const own = featureOf(rel(file));
      if (own === null) continue; // src/features/index.ts lists them all
      for (const target of localImports(file)) {
        const other = featureOf(target);
        const crossing = target === 'src/features/index.ts' || (other !== null && other !== own && other !== 'shared');
        // The shared folder is shared because it needs no feature.
        const sharedReachingOut = own === 'shared' && target.startsWith('src/features/') && other !== 'shared';
        if (crossing || sharedReachingOut) offending.push(`${rel(file)} -> ${target}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('has no import cycles in src/core', () => {
    const cycles = importCycles(tsFiles(join(root, 'src/core')));
    expect(cycles.map((cycle) => cycle.join(' -> '))).toEqual([]);
  });
});
