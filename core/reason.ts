// Why a value was refused, as a code and its figures beside the English text, so every page can say it in
// the reader's language (core/i18n/messages/reasons.ts); the English text stays for logs, errors and tests.

export type ReasonCode =
  | 'email.empty'
  | 'email.noAt'
  | 'email.aroundAt'
  | 'email.doubleDot'
  | 'email.invalid'
  | 'phone.empty'
  | 'phone.chars'
  | 'phone.short'
  | 'phone.invalid'
  | 'id.empty'
  | 'id.digitsOnly'
  | 'id.length'
  | 'id.checkEdrpou'
  | 'id.checkIpn'
  | 'id.checkInn'
  | 'id.checkOgrn'
  | 'id.kpp'
  | 'id.tooLong'
  | 'iban.empty'
  | 'iban.start'
  | 'iban.country'
  | 'iban.length'
  | 'iban.check'
  | 'vat.start'
  | 'vat.length'
  | 'vat.format'
  | 'birthday.month'
  | 'birthday.day'
  | 'birthday.year'
  | 'birthday.leap'
  | 'person.nameless'
  | 'person.missing'
  | 'company.nameless'
  | 'domain.invalid'
  | 'domain.freemail'
  | 'owned.email'
  | 'owned.phone'
  | 'owned.handle'
  | 'handle.username'
  | 'handle.telegramId'
  | 'handle.whatsapp';

export interface Because {
  code: ReasonCode;
  params?: Record<string, string | number>;
}

/** A refusal: the English reason and, when known, its code and figures. */
export interface Refusal {
  reason: string;
  because?: Because;
}

/** A refusal with its code: `{ reason, because }` in one call. */
export function refusal(reason: string, code: ReasonCode, params?: Because['params']): Refusal {
  return { reason, because: params ? { code, params } : { code } };
}
