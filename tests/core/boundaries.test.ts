// The layering rules of docs/architecture.md, checked on the source (Biome's
// noRestrictedImports says the same while editing).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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

describe('layering', () => {
  it('keeps src/core and src/features free of platform, queue and database code', () => {
    const offending: string[] = [];
    for (const file of [...tsFiles(join(root, 'src/core')), ...tsFiles(join(root, 'src/features'))]) {
      for (const spec of imports(file)) {
        if (/^(grammy|matrix-bot-sdk|bullmq|ioredis|@prisma\/|pg$|@electric-sql)/.test(spec))
          offending.push(`${relative(root, file)} -> ${spec}`);
        if (/\/(adapters|db|jobs|http)\//.test(spec) || /^\.\.\/(db|jobs|http)\//.test(spec))
          offending.push(`${relative(root, file)} -> ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('lets adapters use only the core contract', () => {
    const offending: string[] = [];
    for (const file of tsFiles(join(root, 'adapters'))) {
      for (const spec of imports(file)) {
        if (spec.includes('/src/') && !/\/src\/core\/(types|errors|markup)\.ts$/.test(spec))
          offending.push(`${relative(root, file)} -> ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
