// Draws the app icons (a white bridge on teal) as PNG files in public/icons, with an
// opaque 180 px one for iOS's home screen.
// Run with `npm run icons`; the results are committed, so builds need no image tools.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TEAL = [11, 92, 107];
const WHITE = [255, 255, 255];

function crc32(buffer: Buffer): number {
  return zlib.crc32(buffer);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

function encodePng(size: number, pixel: (x: number, y: number) => number[]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const at = y * (size * 4 + 1) + 1 + x * 4;
      raw[at] = r!; raw[at + 1] = g!; raw[at + 2] = b!; raw[at + 3] = a!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; header[10] = 0; header[11] = 0; header[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The bridge in unit coordinates (0..1), scaled into `scale` of the icon around its centre. */
function isBridge(u: number, v: number): boolean {
  const deck = v > 0.58 && v < 0.66 && u > 0.08 && u < 0.92;
  const dx = u - 0.5, dy = v - 0.66;
  const r = Math.sqrt(dx * dx + dy * dy);
  const arch = r > 0.34 && r < 0.42 && v < 0.66;
  const pillars = (Math.abs(u - 0.3) < 0.03 || Math.abs(u - 0.5) < 0.03 || Math.abs(u - 0.7) < 0.03) && v > 0.34 && v < 0.6 && r < 0.4;
  const base = v > 0.66 && v < 0.8 && (Math.abs(u - 0.16) < 0.05 || Math.abs(u - 0.84) < 0.05);
  return deck || arch || pillars || base;
}

function icon(size: number, maskable: boolean): Buffer {
  const scale = maskable ? 0.7 : 0.86;
  const radius = maskable ? 0 : size * 0.18;
  return encodePng(size, (x, y) => {
    // Rounded corners for the plain icon; the maskable one fills the square.
    const cx = Math.min(x, size - 1 - x), cy = Math.min(y, size - 1 - y);
    if (cx < radius && cy < radius && Math.hypot(radius - cx, radius - cy) > radius) return [0, 0, 0, 0];
    const u = ((x + 0.5) / size - 0.5) / scale + 0.5;
    const v = ((y + 0.5) / size - 0.5) / scale + 0.5;
    return [...(isBridge(u, v) ? WHITE : TEAL), 255];
  });
}

const dir = path.resolve('public', 'icons');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'icon-192.png'), icon(192, false));
fs.writeFileSync(path.join(dir, 'icon-512.png'), icon(512, false));
fs.writeFileSync(path.join(dir, 'icon-maskable-512.png'), icon(512, true));
// iOS draws its own rounded corners and shows transparency as black: an opaque square.
fs.writeFileSync(path.join(dir, 'apple-touch-icon-180.png'), icon(180, true));
console.log(`Ikoner skrevet i ${dir}`);
