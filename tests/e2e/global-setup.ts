// Before any browser starts: the build must exist and Chromium must be found (or installed).
import { ensureChromium } from '../../scripts/lib/chromium';
import { assertBuilt } from './harness';

export default function setup(): void {
  assertBuilt();
  ensureChromium();
}
