// pretest: make sure a Chromium the test runners can drive exists. Installs Debian's package when
// missing and we are root; otherwise says exactly what to do. CHROME_PATH overrides the path.
import {existsSync} from 'node:fs';
import {execSync} from 'node:child_process';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (process.env.CHROME_PATH || !isRoot || !hasApt) {
  console.error(`frise tests need Chromium at ${path} and it is not there.
  - On Debian/Ubuntu, as root:  apt-get update && apt-get install -y chromium
  - Or point CHROME_PATH at any Chromium or Chrome binary:  CHROME_PATH=/path/to/chrome npm test
  (Test tools cannot download their own browser on this network.)`);
  process.exit(1);
}
console.log("Chromium is missing: installing Debian's chromium package (apt-get)…");
try {
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {stdio: 'inherit'});
} catch {
  console.error(
    'apt-get could not install chromium. Install it by hand (apt-get install -y chromium) or set CHROME_PATH.',
  );
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`chromium was installed but ${path} does not exist; set CHROME_PATH to its binary.`);
  process.exit(1);
}
