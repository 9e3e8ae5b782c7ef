// Maven's npm-install step: `npm ci` when node_modules was not installed from this package-lock.json (with this
// Node), and nothing otherwise. `npm ci` always deletes node_modules first, which costs every build tens of seconds
// and throws away TypeScript's incremental build information (node_modules/.tmp) with it. A clean clone still gets a
// full `npm ci`; so does any change to the lock file.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const stamp = 'node_modules/.samtale-installed-from';
const wanted = createHash('sha256')
  .update(readFileSync('package-lock.json'))
  .update(process.version)
  .digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === wanted) {
  console.log('node_modules is installed from this package-lock.json; skipping npm ci');
  process.exit(0);
}

const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
const run = spawnSync(npm[0], [...npm.slice(1), 'ci', '--no-audit', '--no-fund', '--prefer-offline'], {
  stdio: 'inherit',
});
if (run.status !== 0) {
  process.exit(run.status ?? 1);
}
writeFileSync(stamp, wanted + '\n');
