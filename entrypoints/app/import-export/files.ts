// Files the user picked: what kind each is, and saving downloads.

export type FileKind = 'csv' | 'vcard' | 'mbox' | 'eml' | 'unknown';

const BY_EXTENSION: Record<string, FileKind> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  vcf: 'vcard',
  vcard: 'vcard',
  mbox: 'mbox',
  mbx: 'mbox',
  eml: 'eml',
};

/** The kind of a picked file, by its extension (Takeout's "All mail Including Spam and Trash.mbox" included). */
export function kindOf(name: string): FileKind {
  const ext = /\.([a-z0-9]+)$/iu.exec(name)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[ext] ?? 'unknown';
}

/** Offers a download built from parts (strings or bytes) through a temporary Blob URL. */
export function saveFile(name: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A date stamp for file names: 2025-03-10. */
export function stamp(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}
