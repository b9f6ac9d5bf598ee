// Receiving side: checks the browser-set sender facts, then the schema, then runs the typed handler.
import { ActionError } from '../../core/action-error';
import { isMailOrigin } from '../../core/mail-origins';
import { isChatOrigin } from '../../core/page-origins';
import type { MessageType, Reply, Req, Res, SenderKind } from './protocol';
import { schemas } from './schemas';

/** The sender facts we rely on (a subset of runtime.MessageSender). */
export interface SenderFacts {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type Handlers = {
  [K in MessageType]: (payload: Req<K>, sender: VerifiedSender) => Promise<Res<K>>;
};

export interface VerifiedSender {
  kind: SenderKind;
  tabId: number | null;
  url: string;
}

/** Decides whether the browser-set sender facts allow this kind of message; returns why not. */
export function checkSender(
  kind: SenderKind,
  sender: SenderFacts,
  extensionId: string,
  extensionOrigin: string,
): VerifiedSender | string {
  if (sender.id !== extensionId) return 'message from another extension';
  const url = sender.url ?? '';
  if (kind !== 'extension-page') {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return `${kind} message without a tab`;
    // Only a site's own top frame speaks for its tab (an ad or widget frame inside it must not).
    if (sender.frameId !== undefined && sender.frameId !== 0) return `${kind} message from a sub-frame`;
    const allowed =
      kind === 'mail-page'
        ? isMailOrigin(url)
        : kind === 'chat-page'
          ? isChatOrigin(url)
          : isMailOrigin(url) || isChatOrigin(url);
    if (!allowed) return `${kind} message from ${safeOrigin(url)}`;
    return { kind, tabId, url };
  }
  if (!url.startsWith(extensionOrigin)) return `extension-page message from ${safeOrigin(url)}`;
  return { kind, tabId: sender.tab?.id ?? null, url };
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'an unknown origin';
  }
}

/** Called when a sender the browser vouches for sends a payload its schema refuses (where and why). */
export type OnRefused = (type: MessageType, sender: VerifiedSender, problem: string) => Promise<void>;

/**
 * Builds the onMessage handler: every reply is an envelope, every failure a readable error. A mail or chat page
 * (whose content script the page itself could subvert) learns nothing about the base from a reply: success carries no
 * data, and a failure inside a handler is answered with a fixed text (the real one goes to the worker's console).
 */
export function createRouter(
  handlers: Handlers,
  extensionId: string,
  extensionOrigin: string,
  onRefused?: OnRefused,
) {
  return async (raw: unknown, sender: SenderFacts): Promise<Reply<MessageType> | undefined> => {
    if (!isEnvelope(raw)) return undefined; // not ours: let other listeners answer
    const spec = schemas[raw.type];
    const verified = checkSender(spec.from, sender, extensionId, extensionOrigin);
    if (typeof verified === 'string') return { ok: false, error: `Refused "${raw.type}": ${verified}` };
    const parsed = spec.payload.safeParse(raw.payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const problem = `${issue?.path.join('.') || 'payload'}: ${issue?.message ?? 'bad payload'}`;
      await onRefused?.(raw.type, verified, problem);
      return { ok: false, error: `Refused "${raw.type}": ${problem}` };
    }
    const handler = handlers[raw.type] as (p: unknown, s: VerifiedSender) => Promise<Res<MessageType>>;
    try {
      return { ok: true, data: await handler(parsed.data, verified) };
    } catch (error) {
      if (verified.kind !== 'extension-page') {
        console.error(`[Kartka] "${raw.type}" failed`, error);
        return { ok: false, error: `Kartka could not process "${raw.type}"; see the extension's console.` };
      }
      // An ActionError's code travels with its English message, so the caller can translate it.
      if (error instanceof ActionError) return { ok: false, error: error.message, because: error.because };
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}

function isEnvelope(raw: unknown): raw is { kartka: 1; type: MessageType; payload: unknown } {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as Record<string, unknown>;
  return r.kartka === 1 && typeof r.type === 'string' && Object.hasOwn(schemas, r.type);
}
