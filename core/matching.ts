// Identity resolution: which known person is behind an address or phone, which company behind a domain.
import { canonicalEmail, domainOf, foldGmail } from './email';
import { isFreemailDomain } from './freemail';
import { handleKeysOf, type Handle } from './handles';
import type { CompanyId, PersonId } from './ids';
import type { Settings } from './model';

/** The part of a stored person that matching needs. */
export interface KnownPerson {
  id: PersonId;
  displayName: string;
  emails: readonly string[];
  phones: readonly string[];
  /** Messenger handles (Telegram id and username, WhatsApp jid); absent means none. */
  handles?: readonly Handle[];
  /** True when the person is a client (has a lifecycle stage). */
  isClient: boolean;
  /** Current company links, for attaching interactions to companies. */
  companyIds: readonly CompanyId[];
}

/** The part of a stored company that matching needs. */
export interface KnownCompany {
  id: CompanyId;
  name: string;
  domains: readonly string[];
}

/** Lookup tables built from the records storage fetched for one batch. */
export interface MatchBase {
  byEmail: Map<string, KnownPerson>;
  byGmailKey: Map<string, KnownPerson>;
  byPhone: Map<string, KnownPerson>;
  /** By handle key (`tg:…`, `tgu:…`, `wa:…`). */
  byHandle: Map<string, KnownPerson>;
  byDomain: Map<string, KnownCompany>;
}

/** True for gmail.com/googlemail.com addresses, whose dots and +tags Gmail ignores. */
export function isGmailAddress(address: string): boolean {
  const d = domainOf(address);
  return d === 'gmail.com' || d === 'googlemail.com';
}

/** Folded keys for a person's Gmail addresses (only those), for the folded-address index. */
export function gmailKeysOf(emails: readonly string[]): string[] {
  return [...new Set(emails.filter(isGmailAddress).map(foldGmail))];
}

/** Builds the lookup tables; merged-away records must already be filtered out. */
export function buildMatchBase(
  people: readonly KnownPerson[],
  companies: readonly KnownCompany[],
): MatchBase {
  const base: MatchBase = {
    byEmail: new Map(),
    byGmailKey: new Map(),
    byPhone: new Map(),
    byHandle: new Map(),
    byDomain: new Map(),
  };
  for (const p of people) {
    for (const e of p.emails) base.byEmail.set(canonicalEmail(e), p);
    for (const k of gmailKeysOf(p.emails)) base.byGmailKey.set(k, p);
    for (const ph of p.phones) base.byPhone.set(ph, p);
    for (const k of handleKeysOf(p.handles)) base.byHandle.set(k, p);
  }
  for (const c of companies) for (const d of c.domains) base.byDomain.set(d.toLowerCase(), c);
  return base;
}

/** Finds the person behind an address: exact (case-insensitive) first, then Gmail-folded when enabled. */
export function matchAddress(
  address: string,
  base: MatchBase,
  gmailFolding: boolean,
): KnownPerson | undefined {
  const exact = base.byEmail.get(canonicalEmail(address));
  if (exact || !gmailFolding || !isGmailAddress(address)) return exact;
  return base.byGmailKey.get(foldGmail(address));
}

/** Finds the person behind an E.164 phone number. */
export function matchPhone(e164: string, base: MatchBase): KnownPerson | undefined {
  return base.byPhone.get(e164);
}

/** The work domain of an address, or null for free-mail, internal and malformed domains. */
export function workDomainOf(address: string, settings: Pick<Settings, 'internalDomains'>): string | null {
  const domain = domainOf(address);
  if (domain === '' || isFreemailDomain(domain)) return null;
  if (settings.internalDomains.some((d) => d.toLowerCase() === domain)) return null;
  return domain;
}

/** The company behind an address's work domain (a company's subdomains count); never for free-mail. */
export function matchCompany(
  address: string,
  base: MatchBase,
  settings: Pick<Settings, 'internalDomains'>,
): KnownCompany | undefined {
  const domain = workDomainOf(address, settings);
  if (domain === null) return undefined;
  const labels = domain.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const hit = base.byDomain.get(labels.slice(i).join('.'));
    if (hit) return hit;
  }
  return undefined;
}

/** The domains to fetch companies for: each work domain and its parent domains (sales.acme.ua → acme.ua). */
export function domainLookupKeys(
  addresses: readonly string[],
  settings: Pick<Settings, 'internalDomains'>,
): string[] {
  const keys = new Set<string>();
  for (const a of addresses) {
    const domain = workDomainOf(a, settings);
    if (domain === null) continue;
    const labels = domain.split('.');
    for (let i = 0; i < labels.length - 1; i++) keys.add(labels.slice(i).join('.'));
  }
  return [...keys];
}

/** The keys to fetch people by for a set of addresses: canonical emails, and folded Gmail keys when enabled. */
export function addressLookupKeys(
  addresses: readonly string[],
  gmailFolding: boolean,
): { emails: string[]; gmailKeys: string[] } {
  const emails = [...new Set(addresses.map(canonicalEmail))];
  const gmailKeys = gmailFolding ? [...new Set(emails.filter(isGmailAddress).map(foldGmail))] : [];
  return { emails, gmailKeys };
}

/** True when the address is one of mine: an own address or the signed-in account (Gmail-folded when enabled). */
export function isOwnAddress(address: string, own: readonly string[], gmailFolding: boolean): boolean {
  const key = gmailFolding ? foldGmail(address) : canonicalEmail(address);
  return own.some((o) => (gmailFolding ? foldGmail(o) : canonicalEmail(o)) === key);
}

/** True when the address belongs to one of the firm's internal domains (or their subdomains). */
export function isInternalAddress(address: string, internalDomains: readonly string[]): boolean {
  const domain = domainOf(address);
  return internalDomains.some((d) => {
    const dd = d.trim().toLowerCase();
    return domain === dd || domain.endsWith(`.${dd}`);
  });
}
