import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);

/** The folder under src/ that an import resolves to, e.g. `features/people/api/get-people`. */
function target(file: string, specifier: string): string | null {
  if (specifier.startsWith('@/')) return specifier.slice(2);
  if (specifier.startsWith('.')) return relative(src, resolve(dirname(file), specifier)).split(sep).join('/');
  return null;
}

const files = sourceFiles(src).filter((file) => !/\.test\.tsx?$/.test(file));

describe('source layout', () => {
  it('keeps features from importing each other', () => {
    const violations = files.flatMap((file) => {
      const own = relative(src, file).split(sep);
      if (own[0] !== 'features') return [];
      return importsOf(file)
        .map((specifier) => target(file, specifier))
        .filter((path): path is string => !!path && path.startsWith('features/') && path.split('/')[1] !== own[1])
        .map((path) => `${relative(src, file)} → ${path}`);
    });
    expect(violations).toEqual([]);
  });

  it('keeps shared code free of features and app code', () => {
    const violations = files.flatMap((file) => {
      const area = relative(src, file).split(sep)[0];
      if (area !== 'components' && area !== 'lib' && area !== 'config') return [];
      return importsOf(file)
        .map((specifier) => target(file, specifier))
        .filter((path): path is string => !!path && (path.startsWith('features/') || path.startsWith('app/')))
        .map((path) => `${relative(src, file)} → ${path}`);
    });
    expect(violations).toEqual([]);
  });

  it('calls the network only through the API client', () => {
    const offenders = files
      .filter((file) => !relative(src, file).startsWith(`lib${sep}`) && !relative(src, file).startsWith(`testing${sep}`))
      .filter((file) => /\bfetch\s*\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(src, file));
    expect(offenders).toEqual([]);
  });
});
