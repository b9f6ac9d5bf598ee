// A build step that takes the string-to-code and string-to-HTML paths out of the libraries Kartka bundles, so the
// shipped extension holds no `Function` constructor and no HTML assigned from a variable (the extension pages'
// CSP forbids eval anyway, Kartka renders everything as text, and store review flags both: `npm run lint:store`).
// Each patch names the exact source it replaces and how often; when a library update changes that source the
// build stops here, instead of shipping the code again unnoticed.
import type { Plugin } from 'vite';

interface Patch {
  /** The module, by the end of its resolved path. */
  module: string;
  from: string;
  to: string;
  /** How many times `from` stands in the module (default 1). */
  count?: number;
}

const PATCHES: readonly Patch[] = [
  {
    // zod 4 probes whether `new Function` works before compiling object parsers. Kartka runs zod jitless
    // (core/zod.ts), so the probe's answer is never asked for; without it the bundle holds no `Function(...)`.
    module: '/node_modules/zod/v4/core/util.js',
    from: `    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }`,
    to: `    return false;`,
  },
  {
    // zod 4's code generator (object fast paths, z.compile): unreachable when jitless; it fails loudly if reached.
    module: '/node_modules/zod/v4/core/doc.js',
    from: `        const F = Function;
        const content = this?.content ?? [\`\`];
        const factory = new F(...Object.keys(this.closed), \`return function (\${this.args.join(", ")}) {\\n\${content.join("\\n")}\\n};\`);
        return factory(...Object.values(this.closed));`,
    to: `        throw new Error("Kartka bundles zod without code generation: configure it jitless (core/zod.ts).");`,
  },
  {
    // decimal.js-light (recharts' tick arithmetic) finds the global object with Function('return this')() where
    // there is no `self`; every context Kartka runs in has `globalThis`.
    module: '/node_modules/decimal.js-light/decimal.js',
    from: `Function('return this')()`,
    to: `globalThis`,
  },
  {
    // pouchdb-utils 9 `scopeEval` compiles design-document functions given as strings (string filters and views).
    // The team sync uses no string filter or view (integrations/team): it fails loudly if one is ever asked for.
    module: '/node_modules/pouchdb-utils/lib/index-browser.es.js',
    from: `  return Function.apply(null, keys).apply(null, values);`,
    to: `  throw new Error("Kartka bundles PouchDB without string functions: use a function, not source text.");`,
  },
  {
    // react-dom sets `innerHTML` only for `dangerouslySetInnerHTML` (on elements and on custom elements). Kartka
    // never passes it (lint forbids it): the prop now fails loudly instead of parsing a string as HTML.
    module: '/node_modules/react-dom/cjs/react-dom-client.production.js',
    from: `(domElement.innerHTML = key)`,
    to: `(() => { throw Error("Kartka renders no HTML strings: dangerouslySetInnerHTML is not built in."); })()`,
    count: 2,
  },
];

/** The Vite plugin that applies the patches, failing the build when one no longer matches its library. */
export function noEval(): Plugin {
  return {
    name: 'kartka-no-eval',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      const patch = PATCHES.find((p) => path.endsWith(p.module));
      if (!patch) return null;
      const parts = code.split(patch.from);
      if (parts.length - 1 !== (patch.count ?? 1))
        throw new Error(
          `kartka-no-eval: ${patch.module} no longer contains the code this build removes (${parts.length - 1} times, expected ${patch.count ?? 1}); check the new version and update scripts/lib/no-eval.ts.`,
        );
      return { code: parts.join(patch.to), map: null };
    },
  };
}
