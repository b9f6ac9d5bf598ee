// "Copy diagnostics": every hook of a site's registry run against the page the user has open, as a report to
// paste into a bug report. Hook names and match counts, the route's shape, what the adapter made of the page;
// never a name, an address, a subject or an id. The hook proofs (selectors.proof.ts) count the same way.
import type { ChatClient } from '../core/chat';
import type { ChatPage } from './chat-page';
import type { Hook } from './hooks';
import type { MailPage } from './mail-page';

/** The page a report is of: a mail site or a chat client. */
export type DiagnosticsSite = MailPage['provider'] | ChatClient;

/** How many elements a hook matches: in all (any alternative), and per alternative in order. */
export interface HookCount {
  hook: string;
  count: number;
  alternatives: number[];
}

/** Counts every hook of `registry` in `root` (document-wide: hidden views included, as the proofs state them). */
export function countHooks(root: ParentNode, registry: Readonly<Record<string, Hook>>): HookCount[] {
  return Object.entries(registry).map(([hook, { alternatives }]) => {
    const per = alternatives.map((selector) => safeCount(root, selector));
    return { hook, count: safeCount(root, alternatives.join(',')), alternatives: per };
  });
}

function safeCount(root: ParentNode, selector: string): number {
  try {
    return root.querySelectorAll(selector).length;
  } catch {
    return -1; // a selector the browser no longer parses: a finding of its own
  }
}

export interface DiagnosticsReport {
  site: DiagnosticsSite;
  /** The route with every id and argument replaced (`inbox/<id>`, `mail/0/inbox/id/<id>`). */
  route: string;
  /** What the adapter read: the kind, and for a thread only counts; for an unreadable page the missing hooks. */
  reading: { kind: string; messages?: number; expanded?: number; peer?: string; missing?: string };
  hooks: HookCount[];
}

/** Route words both sites use for views and folders; anything else in a route is an id, a label or a query. */
const ROUTE_WORDS = new Set(
  (
    'mail u inbox sent all starred imp drafts snoozed scheduled spam trash label category search advanced-search ' +
    'settings id deeplink read readconv compose q sentitems deleteditems junkemail archive primary social ' +
    'promotions updates forums k a'
  ).split(' '),
);

/** The route's shape: ids, labels and queries replaced, so the report names no thread, label or search. */
export function routeShape(url: URL): string {
  const shape = (part: string) =>
    ROUTE_WORDS.has(part.toLowerCase()) || /^\d{1,2}$/u.test(part) || /^p\d{1,4}$/u.test(part)
      ? part
      : '<id>';
  const path = url.pathname.split('/').filter(Boolean).map(shape).join('/');
  const hash = url.hash.replace(/^#/u, '').split('/').filter(Boolean).map(shape).join('/');
  return hash ? `${path}#${hash}` : path;
}

/** Runs the adapter and every hook against the page. Never throws. */
export function diagnose(
  page: MailPage,
  registry: Readonly<Record<string, Hook>>,
  doc: Document,
  url: URL,
): DiagnosticsReport {
  let reading: DiagnosticsReport['reading'];
  try {
    const r = page.read(doc, url);
    reading =
      r.kind === 'thread'
        ? {
            kind: r.kind,
            messages: r.thread.messages.length,
            expanded: r.thread.messages.filter((m) => m.expanded).length,
          }
        : r.kind === 'unreadable'
          ? { kind: r.kind, missing: r.details.missing ?? '' }
          : { kind: r.kind };
  } catch (error) {
    reading = { kind: `error: ${error instanceof Error ? error.name : 'unknown'}` };
  }
  return { site: page.provider, route: routeShape(url), reading, hooks: countHooks(doc, registry) };
}

/** Runs a chat page's adapter and every hook: the peer's kind and the message count only. Never throws. */
export function diagnoseChat(
  page: ChatPage,
  registry: Readonly<Record<string, Hook>>,
  doc: Document,
  url: URL,
  now: number,
): DiagnosticsReport {
  let reading: DiagnosticsReport['reading'];
  try {
    const r = page.read(doc, url, now);
    reading =
      r.kind === 'chat'
        ? { kind: r.kind, peer: r.chat.peer.kind, messages: r.chat.messages.length }
        : r.kind === 'unreadable'
          ? { kind: r.kind, missing: r.details.missing ?? '' }
          : { kind: r.kind };
  } catch (error) {
    reading = { kind: `error: ${error instanceof Error ? error.name : 'unknown'}` };
  }
  return { site: page.client, route: routeShape(url), reading, hooks: countHooks(doc, registry) };
}

/** The report as plain text for the clipboard: one line per hook, `name: count (per alternative)`. */
export function formatDiagnostics(report: DiagnosticsReport, extra: Record<string, string> = {}): string {
  const reading = Object.entries(report.reading)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');
  return [
    `Kartka page diagnostics — ${report.site}`,
    ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`),
    `route: ${report.route}`,
    `reading: ${reading}`,
    'hooks (matches; per alternative):',
    ...report.hooks.map(
      (h) => `  ${h.hook}: ${h.count}${h.alternatives.length > 1 ? ` (${h.alternatives.join(' / ')})` : ''}`,
    ),
  ].join('\n');
}
