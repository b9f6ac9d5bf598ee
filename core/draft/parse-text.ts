// The selection → contact draft parser behind "Save to client base": values are taken out of every line,
// then the first lines are read for a name, a position, a company and a city, as a person would read them.
import { extractValues, ValueCollector, type LineRest, type Note } from './extract-values.ts';
import { findCompany } from './legal-forms.ts';
import { selectionLines } from './lines.ts';
import { parsePersonName, type PersonName } from './names.ts';
import { findCity, looksLikeAddress } from './places.ts';
import { cleanPosition, isPosition } from './positions.ts';
import { emptyDraft, finishDraft, type ContactDraft, type DraftCompany, type DraftOptions } from './types.ts';

/** Names, titles and companies are looked for in this many lines; values are found everywhere. */
export const HEAD_LINES = 150;
const MAX_LINE = 300;
const MAX_NOTES = 12;
const MIN_NAME_SCORE = 2;

interface HeadLine extends LineRest {
  index: number;
  afterClosing: boolean;
}

interface NameCandidate {
  name: PersonName;
  text: string;
  line: HeadLine;
  /** Where it came from: a line of its own, a "ПІБ:" label, or the owner of a ФОП/ИП. */
  source: 'line' | 'label' | 'owner';
}

const SOURCE_BONUS = { line: 0, label: 3, owner: 2 } as const;

const LABELLED = /^([\p{L}][\p{L}'’ ./-]{1,28}?)\s*:\s*(\S.*)$/u;
const POSITION_KEYS = /^(?:посада|должность|position|title|job title|роль|role)$/iu;
const COMPANY_KEYS =
  /^(?:компанія|компания|company|організація|организация|фірма|фирма|employer|роботодавець|работодатель)$/iu;
const NAME_KEYS =
  /^(?:піб|фио|ф\.и\.о\.|ім['’]я|имя|name|full name|контактна особа|контактное лицо|contact person|contact)$/iu;
const PLACE_KEYS =
  /^(?:адреса|адрес|address|місто|город|city|офіс|офис|office|юр\. адреса|юр\. адрес|location)$/iu;
const SEGMENT_SEP = /\s*[,;]\s*|\s+[-–—]\s+|\s+\/\s+|\s*\(\s*|\s*\)\s*/u;
const AT_COMPANY = /^(.+?)\s+(?:at|@|в компанії|у компанії|в компании)\s+(.+)$/iu;
const QUOTED_ONLY = /^[«„“"]([^«»„“”"]{2,80})[»“”"]$/u;
const COUNTRIES =
  /^(?:україна|ukraine|росія|россия|russia|польща|польша|poland|polska|germany|deutschland|німеччина|германия|usa|сша|казахстан|kazakhstan|беларусь|білорусь|belarus|молдова|moldova|грузія|грузия|georgia|uk|united kingdom)$/iu;

class HeadReader {
  position: { text: string; index: number } | undefined;
  company: DraftCompany | undefined;
  companyGuess: string | undefined;
  city: string | undefined;
  /** The lines of the first postal address (one address may take two or three lines). */
  readonly address: { text: string; index: number }[] = [];
  readonly names: NameCandidate[] = [];
  readonly leftovers: { text: string; line: HeadLine }[] = [];

  constructor(private readonly notes: Note[]) {}

  note(text: string, line: HeadLine): void {
    this.notes.push({ index: line.index, text });
  }

  /** An address line: part of the first address when it follows it, otherwise a note. */
  private addAddress(text: string, line: HeadLine): void {
    const last = this.address[this.address.length - 1];
    if (last === undefined || last.index === line.index - 1) this.address.push({ text, index: line.index });
    else this.note(text, line);
  }

  private setPosition(text: string, line: HeadLine): void {
    if (this.position === undefined) this.position = { text: cleanPosition(text), index: line.index };
    else this.note(cleanPosition(text), line);
  }

  read(line: HeadLine): void {
    const text = line.text;
    if (text === '' || text.length > MAX_LINE) return;
    if (line.bank) return this.note(text, line);
    const labelled = LABELLED.exec(text);
    if (labelled !== null && this.readLabelled(labelled[1]?.trim() ?? '', labelled[2] ?? '', line)) return;
    const company = findCompany(text);
    if (company !== null) {
      if (this.company === undefined) {
        this.company = { name: company.name, legalForm: company.legalForm };
        const owner = company.soleProprietor ? parsePersonName(company.name) : null;
        if (owner !== null) this.names.push({ name: owner, text: company.name, line, source: 'owner' });
      } else this.note(text.slice(company.start, company.end), line);
      for (const part of [text.slice(0, company.start), text.slice(company.end)]) {
        const rest = part.replace(/^[\s,;|–—-]+|(?:[\s,;|–—-]|\s(?:at|@|в|у))+$/gu, '');
        if (rest !== '') this.readSegments(rest, line);
      }
      return;
    }
    if (looksLikeAddress(text)) {
      this.city ??= findCity(text);
      return this.addAddress(text, line);
    }
    this.readSegments(text, line);
  }

  private readLabelled(key: string, value: string, line: HeadLine): boolean {
    if (POSITION_KEYS.test(key)) this.setPosition(value, line);
    else if (COMPANY_KEYS.test(key)) {
      const company = findCompany(value);
      this.company ??= company
        ? { name: company.name, legalForm: company.legalForm }
        : { name: value.replace(/^[«„“"]|[»“”"]$/gu, '') };
    } else if (NAME_KEYS.test(key)) {
      const name = parsePersonName(value);
      if (name === null) return false;
      this.names.push({ name, text: value, line, source: 'label' });
    } else if (PLACE_KEYS.test(key)) {
      const cityKey = /^(?:місто|город|city)$/iu.test(key);
      this.city ??= findCity(value) ?? (cityKey ? value : undefined);
      if (cityKey) this.note(line.text, line);
      else this.addAddress(value.trim(), line);
    } else if (isPosition(line.text)) return false;
    else this.note(line.text, line);
    return true;
  }

  private readSegments(text: string, line: HeadLine): void {
    const parts = text
      .split(SEGMENT_SEP)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const whole = parts.length > 1 ? parsePersonName(text) : null; // "Petrenko, Ivan"
    if (whole !== null) return void this.names.push({ name: whole, text, line, source: 'line' });
    if (parts.length < 2) {
      if (!this.readSegment(text, line)) this.leftovers.push({ text, line });
      return;
    }
    const withPosition = parts.some((p) => isPosition(p));
    for (const part of parts) {
      if (this.readSegment(part, line)) continue;
      if (withPosition && this.companyGuess === undefined && looksLikeCompanyName(part))
        this.companyGuess = part;
      else this.leftovers.push({ text: part, line });
    }
  }

  private readSegment(text: string, line: HeadLine): boolean {
    const at = AT_COMPANY.exec(text);
    if (at !== null && isPosition(at[1] ?? '')) {
      this.setPosition(at[1] ?? '', line);
      this.companyGuess ??= at[2];
      return true;
    }
    if (isPosition(text)) {
      this.setPosition(text, line);
      return true;
    }
    if (COUNTRIES.test(text)) return true;
    const city = findCity(text);
    if (city !== undefined && text.length <= city.length + 4) {
      this.city ??= city;
      return true;
    }
    const quoted = QUOTED_ONLY.exec(text);
    if (quoted !== null) {
      this.companyGuess ??= quoted[1];
      return true;
    }
    const name = parsePersonName(text);
    if (name === null) return false;
    this.names.push({ name, text, line, source: 'line' });
    return true;
  }

  /** The most likely name: given-name list, patronymic, and where it sits (after a closing, above the title). */
  bestName(firstIndex: number): NameCandidate | undefined {
    let best: { candidate: NameCandidate; score: number } | undefined;
    for (const candidate of this.names) {
      const { line } = candidate;
      let score = candidate.name.score + SOURCE_BONUS[candidate.source];
      if (line.afterClosing) score += 4;
      if (line.hadEmail) score += 2;
      if (line.index === firstIndex) score += 1;
      const p = this.position?.index;
      if (p !== undefined && (p === line.index || p === line.index + 1)) score += 2;
      if (score >= MIN_NAME_SCORE && (best === undefined || score > best.score)) best = { candidate, score };
    }
    return best?.candidate;
  }
}

function looksLikeCompanyName(text: string): boolean {
  const words = text.split(' ');
  return (
    words.length <= 4 && /^[\p{Lu}\p{N}«"„]/u.test(text) && !/[.!?]$/u.test(text) && !/^\d+$/u.test(text)
  );
}

function worthKeeping(text: string, line: HeadLine): boolean {
  if (line.hadValues) return false;
  const words = text.split(' ').length;
  return words <= 6 && /^[\p{Lu}\p{N}«"„]/u.test(text) && !/[.!?:]$/u.test(text);
}

function applyName(draft: ContactDraft, name: PersonName): void {
  draft.fullName = name.fullName;
  if (name.givenName !== undefined) draft.givenName = name.givenName;
  if (name.familyName !== undefined) draft.familyName = name.familyName;
  if (name.patronymic !== undefined) draft.patronymic = name.patronymic;
}

function finishHead(draft: ContactDraft, reader: HeadReader, head: HeadLine[], notes: Note[]): void {
  const best = reader.bestName(head[0]?.index ?? 0);
  if (best !== undefined) applyName(draft, best.name);
  if (reader.position !== undefined) draft.position = reader.position.text;
  const positionIndex = reader.position?.index;
  // Names that lost keep their text as a leftover; a sole proprietor's name stays in the company.
  const leftovers = [
    ...reader.names
      .filter((c) => c !== best && c.source !== 'owner')
      .map((c) => ({ text: c.text, line: c.line })),
    ...reader.leftovers,
  ].sort((a, b) => a.line.index - b.line.index);
  let guess = reader.companyGuess;
  for (const left of leftovers) {
    const belowTitle = positionIndex !== undefined && left.line.index === positionIndex + 1;
    if (
      reader.company === undefined &&
      guess === undefined &&
      belowTitle &&
      looksLikeCompanyName(left.text)
    ) {
      guess = left.text;
    } else if (worthKeeping(left.text, left.line)) notes.push({ index: left.line.index, text: left.text });
  }
  const company = reader.company ?? (guess !== undefined ? { name: guess } : undefined);
  if (company !== undefined) draft.company = company;
  if (reader.city !== undefined) draft.city = reader.city;
  if (reader.address.length > 0) draft.address = reader.address.map((a) => a.text).join(', ');
}

function finishNotes(draft: ContactDraft, notes: Note[]): void {
  const seen = new Set<string>();
  for (const { text } of [...notes].sort((a, b) => a.index - b.index)) {
    const key = text.toLowerCase();
    if (seen.has(key) || text === draft.fullName || text === draft.position) continue;
    seen.add(key);
    if (draft.notes.length < MAX_NOTES) draft.notes.push(text);
  }
  if (seen.size > MAX_NOTES)
    draft.problems.push(
      `${seen.size - MAX_NOTES} more lines that might matter were left out of the notes; select less text to see them.`,
    );
}

/** Reads a selection (a signature, a contacts block, a chat snippet) into a contact draft for review. */
export function parseContactText(text: string, opts: DraftOptions): ContactDraft {
  const draft = emptyDraft();
  const notes: Note[] = [];
  const collector = new ValueCollector(draft, opts.defaultRegion, notes);
  const head: HeadLine[] = [];
  const lines = selectionLines(text);
  lines.forEach((line, index) => {
    const rest = extractValues(line.text, index, collector);
    if (index < HEAD_LINES) head.push({ ...rest, index, afterClosing: line.afterClosing });
  });
  const reader = new HeadReader(notes);
  for (const line of head) reader.read(line);
  finishHead(draft, reader, head, notes);
  finishNotes(draft, notes);
  collector.finish();
  if (lines.length > HEAD_LINES) {
    draft.problems.push(
      `The selection has ${lines.length} lines; the name, position and company were looked for in the first ${HEAD_LINES} only. Emails and phones were looked for everywhere.`,
    );
  }
  return finishDraft(draft);
}
