// Draws the studio's icon (a rounded square in Twenty's dark grey with a white "20") and writes
// it as PNG files for electron-builder plus a PNG-in-ICO for Windows. No image library: a signed
// distance per shape, 4x4 supersampling for smooth edges, and a minimal PNG encoder over zlib.
// Run: node resources/icons/generate-icons.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const BACKGROUND = [0x1c, 0x1c, 0x1e];
const FOREGROUND = [0xff, 0xff, 0xff];
const STROKE = 0.05; // half-width of the digits' strokes, in units of the icon's side

const segmentDistance = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
};

// Rounded square, 4% margin, corners 22% of the side.
const insideBackground = (x, y) => {
  const margin = 0.04;
  const radius = 0.22;
  const cx = Math.min(Math.max(x, margin + radius), 1 - margin - radius);
  const cy = Math.min(Math.max(y, margin + radius), 1 - margin - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
};

// "2": an arc over the top, a diagonal down to the left, a bar along the bottom.
const TWO = { cx: 0.335, cy: 0.405, r: 0.1, from: -35, to: 180, bottom: 0.655, left: 0.225, right: 0.45 };
const twoArcEnd = [TWO.cx + TWO.r * Math.cos((TWO.from * Math.PI) / 180), TWO.cy - TWO.r * Math.sin((TWO.from * Math.PI) / 180)];
const distanceToTwo = (x, y) => {
  const angle = (Math.atan2(-(y - TWO.cy), x - TWO.cx) * 180) / Math.PI;
  const onArc = angle >= TWO.from && angle <= TWO.to;
  const arc = onArc
    ? Math.abs(Math.hypot(x - TWO.cx, y - TWO.cy) - TWO.r)
    : Math.min(Math.hypot(x - twoArcEnd[0], y - twoArcEnd[1]), Math.hypot(x - (TWO.cx - TWO.r), y - TWO.cy));
  const diagonal = segmentDistance(x, y, twoArcEnd[0], twoArcEnd[1], TWO.left, TWO.bottom);
  const bar = segmentDistance(x, y, TWO.left, TWO.bottom, TWO.right, TWO.bottom);
  return Math.min(arc, diagonal, bar);
};

// "0": the outline of a stadium (a vertical segment's rounded neighbourhood).
const ZERO = { x: 0.665, top: 0.405, bottom: 0.555, r: 0.1 };
const distanceToZero = (x, y) => Math.abs(segmentDistance(x, y, ZERO.x, ZERO.top, ZERO.x, ZERO.bottom) - ZERO.r);

function render(size) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let foreground = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!insideBackground(x, y)) continue;
          background++;
          if (distanceToTwo(x, y) <= STROKE || distanceToZero(x, y) <= STROKE) foreground++;
        }
      }
      const total = samples * samples;
      const offset = (py * size + px) * 4;
      // Colour: the foreground's share of the covered samples; alpha: the background's coverage.
      const mix = background ? foreground / background : 0;
      for (let channel = 0; channel < 3; channel++) {
        pixels[offset + channel] = Math.round(BACKGROUND[channel] * (1 - mix) + FOREGROUND[channel] * mix);
      }
      pixels[offset + 3] = Math.round((255 * background) / total);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods: 0
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4); // filter byte 0 (None)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// An ICO holding one PNG image (Windows Vista and later read PNG entries; 0 in the size bytes means 256).
function encodeIco(png, size) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  const entry = Buffer.alloc(16);
  entry[0] = size >= 256 ? 0 : size;
  entry[1] = size >= 256 ? 0 : size;
  entry.writeUInt16LE(1, 4); // colour planes
  entry.writeUInt16LE(32, 6); // bits per pixel
  entry.writeUInt32LE(png.length, 8);
  entry.writeUInt32LE(header.length + entry.length, 12);
  return Buffer.concat([header, entry, png]);
}

const written = [];
for (const size of [512, 256]) {
  const png = encodePng(size, render(size));
  writeFileSync(join(here, `${size}x${size}.png`), png);
  written.push(`${size}x${size}.png`);
  if (size === 512) {
    writeFileSync(join(here, 'icon.png'), png);
    written.push('icon.png');
  }
  if (size === 256) {
    writeFileSync(join(here, 'icon.ico'), encodeIco(png, size));
    written.push('icon.ico');
  }
}
console.log(`Wrote ${written.join(', ')} in ${here}`);
