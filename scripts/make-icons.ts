// Draws Kartka's toolbar and store icons (a white index card with a "K" tab on blue) into public/icon/*.png.
// Run: npx tsx scripts/make-icons.ts — the PNGs are committed; this keeps them reproducible without tools.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BLUE: [number, number, number] = [26, 95, 180];
const WHITE: [number, number, number] = [255, 255, 255];

/** CRC-32 of PNG chunk bytes. */
function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++)
    raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Coverage (0..1) of pixel (x, y) by a shape, from 4×4 subsamples: smooth edges at every size. */
function coverage(x: number, y: number, inside: (u: number, v: number) => boolean, size: number): number {
  let n = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) n++;
  return n / 16;
}

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number) {
  return (u: number, v: number) => {
    if (u < x0 || u > x1 || v < y0 || v > y1) return false;
    const cx = Math.min(Math.max(u, x0 + r), x1 - r);
    const cy = Math.min(Math.max(v, y0 + r), y1 - r);
    return (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
  };
}

/** Distance from (u, v) to the segment (ax, ay)–(bx, by). */
function toSegment(u: number, v: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(
    0,
    Math.min(1, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay)));
}

const background = roundedRect(0.02, 0.02, 0.98, 0.98, 0.2);
const card = roundedRect(0.16, 0.24, 0.84, 0.8, 0.07);
const stroke = 0.075;
const letterK = (u: number, v: number) =>
  toSegment(u, v, 0.36, 0.36, 0.36, 0.68) < stroke ||
  toSegment(u, v, 0.38, 0.53, 0.62, 0.36) < stroke ||
  toSegment(u, v, 0.45, 0.48, 0.64, 0.68) < stroke;

const out = resolve(import.meta.dirname, '../public/icon');
mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const bg = coverage(x, y, background, size);
      const white = coverage(x, y, (u, v) => card(u, v) && !letterK(u, v), size);
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++)
        rgba[o + c] = Math.round((BLUE[c] ?? 0) * (1 - white) + (WHITE[c] ?? 255) * white);
      rgba[o + 3] = Math.round(255 * bg);
    }
  writeFileSync(resolve(out, `${size}.png`), png(size, rgba));
}
console.log(`icons written to ${out}: ${SIZES.join(', ')} px`);
