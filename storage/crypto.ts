// Passphrase encryption of a backup with WebCrypto: AES-256-GCM under a key from PBKDF2-SHA-256
// (600,000 iterations, OWASP 2023), random salt and IV, and a readable, versioned header that is
// authenticated too (as GCM additional data), so changing any byte of the file is detected.
import { importNote, type ImportNote } from '../core/import-reason';

const MAGIC = 'KARTKA-ENCRYPTED-BACKUP 1\n';
export const PBKDF2_ITERATIONS = 600_000;
/**
 * The key-derivation rounds a file may ask for. Below, the passphrase would be cheap to guess (OWASP's floor for
 * PBKDF2-SHA-256 is 600,000; 100,000 leaves room for files from other tools); above, the header could hold the
 * restore for minutes (`2000000000` spun it forever).
 */
export const PBKDF2_RANGE = { min: 100_000, max: 5_000_000 } as const;

interface Header {
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; length: 256; iv: string };
}

const encoder = new TextEncoder();

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** True when the bytes start like a file encryptBackup made. */
export function isEncryptedBackup(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) === MAGIC;
}

/** Encrypts a backup under a passphrase; the result is a self-describing file. */
export async function encryptBackup(
  plain: Uint8Array<ArrayBuffer>,
  passphrase: string,
): Promise<Uint8Array<ArrayBuffer>> {
  if (passphrase === '')
    throw new Error('Choose a passphrase to encrypt the backup, or export it without one.');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: Header = {
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', length: 256, iv: toBase64(iv) },
  };
  const head = encoder.encode(`${MAGIC}${JSON.stringify(header)}\n`);
  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: head }, key, plain),
  );
  const out = new Uint8Array(head.length + sealed.length);
  out.set(head, 0);
  out.set(sealed, head.length);
  return out;
}

export type DecryptResult = { ok: true; plain: Uint8Array } | ({ ok: false } & ImportNote);

function readHeader(bytes: Uint8Array): { header: Header; end: number } | null {
  const nl = bytes.indexOf(0x0a, MAGIC.length);
  if (!isEncryptedBackup(bytes) || nl < 0) return null;
  try {
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length, nl))) as Header;
    const ok =
      header.kdf?.name === 'PBKDF2' &&
      header.kdf.hash === 'SHA-256' &&
      Number.isInteger(header.kdf.iterations) &&
      header.cipher?.name === 'AES-GCM' &&
      typeof header.kdf.salt === 'string' &&
      typeof header.cipher.iv === 'string';
    return ok ? { header, end: nl + 1 } : null;
  } catch {
    return null;
  }
}

/** Decrypts a file encryptBackup made; a wrong passphrase or a changed file is a clear error, not garbage. */
export async function decryptBackup(
  bytes: Uint8Array<ArrayBuffer>,
  passphrase: string,
): Promise<DecryptResult> {
  const parsed = readHeader(bytes);
  if (!parsed)
    return {
      ok: false,
      ...importNote(
        'This file is not an encrypted Kartka backup, or its header is damaged.',
        'backup.notEncrypted',
      ),
    };
  const { header, end } = parsed;
  const { iterations } = header.kdf;
  if (iterations < PBKDF2_RANGE.min || iterations > PBKDF2_RANGE.max)
    return {
      ok: false,
      ...importNote(
        `The backup's header asks for ${iterations} rounds of key derivation; Kartka accepts ${PBKDF2_RANGE.min} to ${PBKDF2_RANGE.max}. The file is damaged or was not made by Kartka.`,
        'backup.badIterations',
        { iterations, min: PBKDF2_RANGE.min, max: PBKDF2_RANGE.max },
      ),
    };
  try {
    const key = await deriveKey(passphrase, fromBase64(header.kdf.salt), header.kdf.iterations);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(header.cipher.iv), additionalData: bytes.subarray(0, end) },
      key,
      bytes.subarray(end),
    );
    return { ok: true, plain: new Uint8Array(plain) };
  } catch {
    return {
      ok: false,
      ...importNote(
        'The passphrase is wrong, or the file was changed after it was made. Check the passphrase (it is case-sensitive) and try again.',
        'backup.wrongPassphrase',
      ),
    };
  }
}
