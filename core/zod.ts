// Zod, set up once for all of Kartka: jitless, so it never builds parsers with `new Function` (extension pages
// forbid eval by CSP, and the store build carries no code generator at all: scripts/lib/no-eval.ts). Import `z`
// from here, not from 'zod': the setting must be made before the first schema is built.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
