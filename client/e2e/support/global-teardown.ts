import { rm } from 'node:fs/promises';

/** Deletes the run's database (and SQLite's side files) once the tests are done. */
export default async function globalTeardown() {
  const databaseFile = process.env.WBL_E2E_DATABASE;
  if (!databaseFile) return;
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${databaseFile}${suffix}`, { force: true })));
}
