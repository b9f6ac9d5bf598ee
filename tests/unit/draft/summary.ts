// A draft reduced to what a test table states about it: every field, values by their normal form.
import type { ContactDraft } from '../../../core/draft/index.ts';

export interface Summary {
  fullName?: string;
  givenName?: string;
  familyName?: string;
  patronymic?: string;
  emails: string[];
  phones: string[];
  company?: { name: string; legalForm?: string };
  position?: string;
  website?: string;
  profiles: string[];
  ids: string[];
  ibans: string[];
  city?: string;
  address?: string;
  notes: string[];
}

/** One row of the parse-text table: a title, the default region, the pasted text, and the fields expected. */
export type Case = [title: string, region: string, text: string, want: Partial<Summary>];

/** Invalid values read "!value"; phone extensions read "+380…;ext=12"; ids read "kind:value". */
export function summary(d: ContactDraft): Summary {
  const out: Summary = {
    emails: d.emails.map((e) => (e.valid ? e.value : `!${e.value}`)),
    phones: d.phones.map(
      (p) => (p.valid ? '' : '!') + p.value + (p.ext === undefined ? '' : `;ext=${p.ext}`),
    ),
    profiles: d.profiles,
    ids: d.registrationIds.map((r) => `${r.valid ? '' : '!'}${r.kind}:${r.value}`),
    ibans: d.ibans.map((i) => (i.valid ? i.value : `!${i.value}`)),
    notes: d.notes,
  };
  for (const key of [
    'fullName',
    'givenName',
    'familyName',
    'patronymic',
    'position',
    'website',
    'city',
    'address',
  ] as const) {
    const value = d[key];
    if (value !== undefined) out[key] = value;
  }
  if (d.company !== undefined) out.company = d.company;
  return out;
}

/** The expected summary: anything not stated must be empty. */
export function expected(partial: Partial<Summary>): Summary {
  return { emails: [], phones: [], profiles: [], ids: [], ibans: [], notes: [], ...partial };
}
