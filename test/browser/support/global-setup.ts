// The browser specs' setup: the database the integration specs use (prepared once per run, whoever
// comes first), and the console built when its build is missing or older than its sources, so that
// the server the specs start serves the app as it is now.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import databaseSetup from '../../support/global-setup';
import { ADMIN_URL_VARIABLE } from '../../support/test-database';
import { browserTestsRun } from './chromium';

const ROOT = path.resolve(__dirname, '../../..');
const BUILT_INDEX = path.join(ROOT, 'dist', 'admin', 'index.html');
const SOURCES = [path.join(ROOT, 'admin'), path.join(ROOT, 'package-lock.json')];

function newestChange(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

function consoleBuildIsStale(): boolean {
  if (!fs.existsSync(BUILT_INDEX)) return true;
  const built = fs.statSync(BUILT_INDEX).mtimeMs;
  return SOURCES.some((source) => newestChange(source) > built);
}

export default async function globalSetup(): Promise<void> {
  // The integration project's setup ran already when both projects are in the run.
  if (!process.env[ADMIN_URL_VARIABLE]) await databaseSetup();
  if (!browserTestsRun() || !consoleBuildIsStale()) return;
  const build = spawnSync('npm', ['run', '--silent', 'admin:build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('Building the console for the browser specs failed (npm run admin:build)');
}
