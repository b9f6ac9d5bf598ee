// A pulled document is another browser's word: before it reaches the base, its record must have the shape the
// base relies on (the fields every list, card and index reads). A document that fails is left out and counted,
// never half-applied.
import type { RecordData, SyncedTable } from './documents';

type Kind = 'string' | 'number' | 'boolean' | 'strings' | 'array' | 'object';

const REQUIRED: Record<SyncedTable, Record<string, Kind>> = {
  people: {
    displayName: 'string',
    emails: 'strings',
    phones: 'strings',
    tags: 'strings',
    companies: 'array',
    custom: 'object',
    createdAt: 'number',
    updatedAt: 'number',
  },
  companies: {
    name: 'string',
    registrationIds: 'array',
    bankAccounts: 'array',
    addresses: 'array',
    domains: 'strings',
    tags: 'strings',
    custom: 'object',
    createdAt: 'number',
    updatedAt: 'number',
  },
  interactions: {
    kind: 'string',
    source: 'string',
    direction: 'string',
    participants: 'array',
    at: 'number',
    attachmentNames: 'strings',
    personIds: 'strings',
    companyIds: 'strings',
    createdAt: 'number',
  },
  deals: { title: 'string', status: 'string', openedAt: 'number', createdAt: 'number', updatedAt: 'number' },
  tasks: {
    title: 'string',
    due: 'number',
    done: 'boolean',
    recurrence: 'string',
    createdAt: 'number',
    updatedAt: 'number',
  },
  documents: { name: 'string', kind: 'string', at: 'number', createdAt: 'number' },
};

const OPTIONAL_STRINGS = ['owner', 'sharing', 'manager', 'personId', 'companyId', 'mergedInto'];

function is(kind: Kind, v: unknown): boolean {
  switch (kind) {
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'strings':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'array':
      return Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null);
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    default:
      return typeof v === kind;
  }
}

/** Why a pulled record cannot be stored, or null when its shape is sound. */
export function recordProblem(table: SyncedTable, record: RecordData): string | null {
  for (const [field, kind] of Object.entries(REQUIRED[table]))
    if (!is(kind, record[field])) return `${table}:${record.id}: "${field}" is missing or not a ${kind}.`;
  for (const field of OPTIONAL_STRINGS)
    if (record[field] !== undefined && typeof record[field] !== 'string')
      return `${table}:${record.id}: "${field}" is not text.`;
  if (record.fieldMeta !== undefined && !is('object', record.fieldMeta))
    return `${table}:${record.id}: "fieldMeta" is not an object.`;
  return null;
}
