// Contact drafts from a selection or a link, for "Save to client base" and the popup's prefill.
export { parseContactText } from './parse-text.ts';
export { parseLink } from './links.ts';
export { parsePersonName, type PersonName } from './names.ts';
export { findCompany, type CompanyMatch } from './legal-forms.ts';
export {
  NOTHING_FOUND,
  type ContactDraft,
  type DraftCompany,
  type DraftOptions,
  type DraftRegistrationId,
  type DraftValue,
} from './types.ts';
