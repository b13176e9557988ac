import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Draws Rapport's icons from code and writes them as PNGs into manifest/icons (committed, so a build needs no
 * image tools). The mark: two overlapping speech circles, one larger than the other (the report talks most).
 * Run: `npx tsx tools/icons/generate-icons.ts`.
 */
type Rgba = [number, number, number, number];

const BRAND: Rgba = [0x1f, 0x5e, 0x8c, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const LIGHT: Rgba = [0xcf, 0xe4, 0xf3, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Encodes an RGBA bitmap (8 bits a channel, no interlace, filter 0 on every row). */
export function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    const row = y * (size * 4 + 1);
    for (let x = 0; x < size; x += 1) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const inCircle = (x: number, y: number, cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** The mark in unit coordinates (0..1): a big circle (the report) and a smaller one (the manager). */
function mark(u: number, v: number): 'big' | 'small' | null {
  if (inCircle(u, v, 0.42, 0.45, 0.25)) return 'big';
  if (inCircle(u, v, 0.68, 0.62, 0.16)) return 'small';
  return null;
}

function roundedSquare(u: number, v: number, radius: number): boolean {
  const cx = Math.min(Math.max(u, radius), 1 - radius);
  const cy = Math.min(Math.max(v, radius), 1 - radius);
  return inCircle(u, v, cx, cy, radius);
}

const colorIcon = (size: number) =>
  encodePng(size, (x, y) => {
    const u = (x + 0.5) / size;
    const v = (y + 0.5) / size;
    if (!roundedSquare(u, v, 0.18)) return CLEAR;
    const part = mark(u, v);
    return part === 'big' ? WHITE : part === 'small' ? LIGHT : BRAND;
  });

/** Teams' outline icon: white on transparent, 32×32. */
const outlineIcon = (size: number) =>
  encodePng(size, (x, y) => (mark((x + 0.5) / size, (y + 0.5) / size) ? WHITE : CLEAR));

const out = resolve(__dirname, '../../manifest/icons');
mkdirSync(out, { recursive: true });
writeFileSync(resolve(out, 'color.png'), colorIcon(192));
writeFileSync(resolve(out, 'outline.png'), outlineIcon(32));
for (const size of [16, 20, 24, 32, 40, 48, 64, 80, 128]) writeFileSync(resolve(out, `icon-${size}.png`), colorIcon(size));
process.stdout.write(`Icons written to ${out}\n`);
