// Finds a Chromium for tests, the demo and the benchmark; installs Debian's `chromium` when it can.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function which(name: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path !== '' ? path : null;
}

/** CHROME_PATH, then chromium / google-chrome on the PATH; null when there is none. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which is not an executable file.`);
  }
  for (const name of CANDIDATES) {
    const path = which(name);
    if (path) return path;
  }
  return null;
}

/** Finds Chromium, installing Debian's package when running as root with apt-get; else explains what to do. */
export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && which('apt-get')) {
    log('No Chromium found: installing Debian’s chromium package with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'Kartka needs Chromium or Google Chrome to run its demo and tests, and none was found.\n' +
      'Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome),\n' +
      'or point CHROME_PATH at the browser executable, then run the command again.',
  );
}
