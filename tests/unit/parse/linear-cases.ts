// The hostile shapes whose parse time must grow linearly, measured in this process's own CPU time (not wall
// time: the machine is shared, and a busy neighbour stretches wall time but not our CPU time). Run by
// linear.test.ts in a child process of its own; prints one JSON line of `{ name, n, ratio }`.
import { contactsFromCsv } from '../../../core/import/files';
import { parseCsv } from '../../../core/parse/csv.ts';
import { parseEmlHeaders } from '../../../core/parse/eml.ts';
import { decodeEncodedWords } from '../../../core/parse/encoded-words.ts';
import { parseVCards } from '../../../core/parse/vcard.ts';

export interface LinearCase {
  name: string;
  n: number;
  /** The input of size n, made once, and what to run on it. */
  make: (n: number) => () => unknown;
}

const ENCODED_WORD = '=?utf-8?B?0J/RgNC40LLRltGC?='; // "Привіт"

export const CASES: LinearCase[] = [
  {
    name: 'CSV, every row with the wrong number of cells',
    n: 5_000,
    make: (n) => {
      const csv = `Name,E-mail 1 - Value,Phone 1 - Value\n${'Олена Коваль\n'.repeat(n)}`;
      return () => contactsFromCsv(csv, 'x.csv');
    },
  },
  {
    name: 'CSV, every row with a bad email',
    n: 5_000,
    make: (n) => {
      const csv = `Name,E-mail 1 - Value\n${'Олена,olena@\n'.repeat(n)}`;
      return () => contactsFromCsv(csv, 'x.csv');
    },
  },
  {
    name: 'CSV, one quoted field over many lines',
    n: 25_000,
    make: (n) => {
      const csv = `Name,Note\nx,"${'рядок\n'.repeat(n)}"\n`;
      return () => parseCsv(csv);
    },
  },
  {
    name: 'one header of many encoded words',
    n: 20_000,
    make: (n) => {
      const words = Array.from({ length: n }, () => ENCODED_WORD).join(' ');
      return () => decodeEncodedWords(words);
    },
  },
  {
    name: 'a header block of many broken folding lines',
    n: 10_000,
    make: (n) => {
      const eml = `From: a@b.ua\r\nSubject: x\r\n${'broken folding line\r\n'.repeat(n)}To: c@d.ua\r\n\r\nbody`;
      return () => parseEmlHeaders(eml);
    },
  },
  {
    name: 'vCard 2.1, one value with many quoted-printable soft breaks',
    n: 20_000,
    make: (n) => {
      const vcf = `BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Олена\r\nNOTE;ENCODING=QUOTED-PRINTABLE:${'=D0=9E=\r\n'.repeat(n)}x\r\nEND:VCARD\r\n`;
      return () => parseVCards(vcf);
    },
  },
  {
    name: 'vCard, one value folded over many lines',
    n: 50_000,
    make: (n) => {
      const vcf = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Олена\r\nNOTE:${'x\r\n '.repeat(n)}y\r\nEND:VCARD\r\n`;
      return () => parseVCards(vcf);
    },
  },
];

const collect = (globalThis as { gc?: () => void }).gc;

/** CPU microseconds (user + system) this process spent running `fn` once, from a collected heap. */
function cpu(fn: () => unknown): number {
  // Garbage left by the previous run would be collected during this one, and more of it at the larger size.
  collect?.();
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

/** t(2n) / t(n): the least CPU time of several runs at each size, the sizes taking turns. */
export function growth(c: LinearCase, runs = 7): number {
  const small = c.make(c.n);
  const large = c.make(2 * c.n);
  small();
  large(); // warm-up: the JIT compiles the parser on these
  let s = Infinity;
  let l = Infinity;
  for (let i = 0; i < runs; i++) {
    s = Math.min(s, cpu(small));
    l = Math.min(l, cpu(large));
  }
  return l / s;
}

if (process.argv[1]?.endsWith('linear-cases.ts')) {
  const only = process.argv[2];
  const results = CASES.filter((c) => !only || c.name === only).map((c) => ({
    name: c.name,
    n: c.n,
    ratio: Number(growth(c).toFixed(2)),
  }));
  console.log(JSON.stringify(results));
}
