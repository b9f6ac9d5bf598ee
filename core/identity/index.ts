/**
 * Identity: whether two records are one person. Imports, quick add, capture, logging, contacts sync and chat
 * pages all ask here (notes/15.md shows the calls). Pure, so Node tests and every context share it.
 */
export {
  emailKey,
  handleKey,
  judgeIdentity,
  resolveIdentity,
  type ChatHandle,
  type Evidence,
  type IdentityFacts,
  type IdentityLevel,
  type IdentityOptions,
  type Judged,
  type Resolution,
  type Verdict,
} from './judge';
export { compareNames, fullNamesAgree, type NameAgreement, type NameFacts } from './names';
export {
  pairKey,
  personFacts,
  possibleDuplicate,
  type DuplicateSource,
  type PossibleDuplicate,
} from './duplicates';
