#!/usr/bin/env node
// Draws the extension's icon, media/icon.png (128 × 128): a magnifying lens
// over three bars of a chart, on a navy tile. Pure Node (zlib for the PNG), so
// it runs offline: `node scripts/icon.mjs`. The PNG is committed; run this
// again only to change the drawing.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = 128;
const SS = 4; // samples per pixel side, for smooth edges
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const NAVY = [24, 44, 92];
const WHITE = [255, 255, 255];
const BLUE = [86, 156, 255];
const RED = [236, 84, 84];
const GOLD = [250, 196, 60];

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const dist = (x, y, cx, cy) => Math.hypot(x - cx, y - cy);
/** Distance from (x, y) to the segment (ax, ay)–(bx, by). */
const segment = (x, y, ax, ay, bx, by) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
};

const LENS = { x: 70, y: 56, r: 34, ring: 7 };

/** The colour at a point, or null for transparent. Later layers win. */
function colour(x, y) {
  if (!inRoundRect(x, y, 4, 4, 124, 124, 22)) return null;
  let c = NAVY;
  // Bars of a chart, bottom left.
  if (inRoundRect(x, y, 18, 74, 32, 108, 3)) c = BLUE;
  if (inRoundRect(x, y, 38, 58, 52, 108, 3)) c = GOLD;
  if (inRoundRect(x, y, 58, 86, 72, 108, 3)) c = RED;
  // The lens: a tinted glass with a check mark, a white ring and a handle.
  const d = dist(x, y, LENS.x, LENS.y);
  if (d < LENS.r - LENS.ring / 2) {
    c = c.map((v, i) => Math.round(v * 0.55 + [200, 225, 255][i] * 0.45));
    if (segment(x, y, 56, 57, 66, 67) < 4.5 || segment(x, y, 66, 67, 86, 44) < 4.5) c = WHITE;
  }
  if (Math.abs(d - LENS.r) <= LENS.ring / 2) c = WHITE;
  if (segment(x, y, 95, 81, 112, 98) < 7) c = WHITE;
  return c;
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let py = 0; py < SIZE; py++) {
  raw[py * (SIZE * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++)
      for (let sx = 0; sx < SS; sx++) {
        const c = colour(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
        if (!c) continue;
        r += c[0]; g += c[1]; b += c[2]; a++;
      }
    const o = py * (SIZE * 4 + 1) + 1 + px * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((a / (SS * SS)) * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(path.join(root, 'media'), { recursive: true });
writeFileSync(path.join(root, 'media', 'icon.png'), png);
console.log(`media/icon.png: ${png.length} bytes`);
