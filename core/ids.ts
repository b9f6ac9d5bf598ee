// Branded ids: a Gmail id can never be passed where a Graph id or a person id is expected.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type PersonId = Brand<string, 'PersonId'>;
export type CompanyId = Brand<string, 'CompanyId'>;
export type InteractionId = Brand<string, 'InteractionId'>;
export type DealId = Brand<string, 'DealId'>;
export type TaskId = Brand<string, 'TaskId'>;
export type DocumentId = Brand<string, 'DocumentId'>;
/** Provider + provider thread id, e.g. `gmail:19f82b4e90a11791`. */
export type ThreadKey = Brand<string, 'ThreadKey'>;
/** Gmail API / legacy hex message or thread id (16+ lowercase hex), or `msg-a:…` before it has one. */
export type GmailMessageId = Brand<string, 'GmailMessageId'>;
/** Microsoft Graph message id (ImmutableId when we asked for it), or `<convid>#<index>` from the page. */
export type GraphMessageId = Brand<string, 'GraphMessageId'>;

export const personId = (s: string) => s as PersonId;
export const companyId = (s: string) => s as CompanyId;
export const interactionId = (s: string) => s as InteractionId;
export const dealId = (s: string) => s as DealId;
export const taskId = (s: string) => s as TaskId;
export const documentId = (s: string) => s as DocumentId;
/**
 * Outlook ids in one form: EWS (the page's URLs, `data-convid`) writes standard base64, Graph REST ids the
 * URL-safe variant of the same bytes (Office.js `convertToRestId`). `-`/`_` become `+`/`/`, so the page's
 * conversation id and Graph's `conversationId` give one thread key.
 */
export const outlookId = (id: string): string => id.replace(/-/gu, '+').replace(/_/gu, '/');
/** Provider + thread id; Outlook conversation ids in their one form (`outlookId`). */
export const threadKey = (provider: string, threadId: string) =>
  `${provider}:${provider === 'outlook' ? outlookId(threadId) : threadId}` as ThreadKey;
