#!/usr/bin/env node
// Fails when src/lib/api/schema.d.ts no longer matches openapi.json, i.e. someone changed the
// API document without regenerating the client types (or edited the generated file by hand).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'src/lib/api/schema.d.ts');
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('openapi-typescript/package.json')), 'bin/cli.js');

const dir = mkdtempSync(join(tmpdir(), 'wbl-api-types-'));
try {
  const generated = join(dir, 'schema.d.ts');
  execFileSync(process.execPath, [cli, 'openapi.json', '-o', generated], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

  // Line endings depend on the checkout, not on the API.
  const normalise = (text) => text.replace(/\r\n/g, '\n');
  let current;
  try {
    current = normalise(readFileSync(committed, 'utf8'));
  } catch {
    current = null;
  }
  if (current !== normalise(readFileSync(generated, 'utf8'))) {
    console.error('API types are out of date: run npm run api:generate');
    process.exitCode = 1;
  } else {
    console.log('API types are up to date with openapi.json.');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
