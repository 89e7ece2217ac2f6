/**
 * Draws the app icons (manifest/color.png 192x192, manifest/outline.png 32x32)
 * with nothing but Node: shapes as signed-distance functions, 4x4 supersampling,
 * and a minimal PNG codec on top of zlib.
 *
 *   npx tsc -p tsconfig.build.json && node dist/scripts/make-icons.js
 *
 * The committed PNGs are checked against this drawing by manifest/manifest.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';

export interface RgbaImage {
  width: number;
  height: number;
  /** Row-major RGBA, 4 bytes a pixel. */
  data: Uint8Array;
}

/** Background gradient of the color icon, and the spark. accentColor in the manifest is the middle. */
export const ICON_COLORS = { top: [0x74, 0x63, 0xe6], bottom: [0x47, 0x3b, 0xb4], spark: [0xff, 0xc8, 0x3d] } as const;

// ---- shapes, in a unit box; negative inside -------------------------------------------------

type Shape = (x: number, y: number) => number;

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;

function roundRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  return (x, y) => {
    const qx = Math.abs(x - cx) - hx;
    const qy = Math.abs(y - cy) - hy;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
}

function smoothUnion(a: Shape, b: Shape, k: number): Shape {
  return (x, y) => {
    const da = a(x, y);
    const db = b(x, y);
    const h = Math.min(Math.max(0.5 + (0.5 * (db - da)) / k, 0), 1);
    return db + (da - db) * h - k * h * (1 - h);
  };
}

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));

/** The outline of a shape, `width` wide, centred on its edge. */
const stroke =
  (s: Shape, width: number): Shape =>
  (x, y) =>
    Math.abs(s(x, y)) - width / 2;

/** A four-pointed sparkle (an astroid); only its sign matters. */
const sparkle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    Math.sqrt(Math.abs(x - cx) / r) + Math.sqrt(Math.abs(y - cy) / r) - 1;

/** A light bulb with a spark inside: the idea that the programme is about. */
function lightBulb(strokeWidth: number, sparkRadius: number): { bulb: Shape; spark: Shape } {
  const w = strokeWidth;
  const glass = smoothUnion(circle(0.5, 0.36, 0.3), roundRect(0.36, 0.46, 0.64, 0.72, 0.05), 0.1);
  const base1 = roundRect(0.37, 0.78, 0.63, 0.78 + w, w / 2);
  const base2 = roundRect(0.42, 0.82 + w, 0.58, 0.82 + 2 * w, w / 2);
  return { bulb: union(stroke(glass, w), base1, base2), spark: sparkle(0.5, 0.37, sparkRadius) };
}

// ---- rasterising ---------------------------------------------------------------------------

const SAMPLES = 4;

/** Share of a pixel's subsamples inside `shape`, with the unit box placed at `offset`, `size` px wide. */
function coverage(shape: Shape, px: number, py: number, offset: number, size: number): number {
  let inside = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      const x = (px + (i + 0.5) / SAMPLES - offset) / size;
      const y = (py + (j + 0.5) / SAMPLES - offset) / size;
      if (shape(x, y) <= 0) inside++;
    }
  }
  return inside / (SAMPLES * SAMPLES);
}

const mix = (a: number, b: number, t: number): number => Math.round(a + (b - a) * t);

/** 192x192, full-bleed gradient; the symbol sits in the central 96x96 as Teams asks. */
export function drawColorIcon(): RgbaImage {
  const size = 192;
  const data = new Uint8Array(size * size * 4);
  const { bulb, spark } = lightBulb(0.085, 0.17);
  const { top, bottom, spark: yellow } = ICON_COLORS;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const t = py / (size - 1);
      let rgb = [0, 1, 2].map((c) => mix(top[c], bottom[c], t));
      const white = coverage(bulb, px, py, 48, 96);
      rgb = rgb.map((v) => mix(v, 255, white));
      const gold = coverage(spark, px, py, 48, 96);
      rgb = rgb.map((v, c) => mix(v, yellow[c], gold));
      data.set([...rgb, 255], (py * size + px) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** 32x32, white on transparent (Teams' rule for outline icons), 2 px padding. */
export function drawOutlineIcon(): RgbaImage {
  const size = 32;
  const data = new Uint8Array(size * size * 4);
  const { bulb, spark } = lightBulb(0.1, 0.21);
  const shape = union(bulb, spark);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const alpha = Math.round(255 * coverage(shape, px, py, 2, 28));
      data.set(alpha > 0 ? [255, 255, 255, alpha] : [0, 0, 0, 0], (py * size + px) * 4);
    }
  }
  return { width: size, height: size, data };
}

// ---- PNG -----------------------------------------------------------------------------------

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** 8-bit RGBA, no interlace, filter 0 on every row. */
export function encodePng(img: RgbaImage): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(img.width, 0);
  ihdr.writeUInt32BE(img.height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const stride = img.width * 4;
  const raw = Buffer.alloc((stride + 1) * img.height);
  for (let y = 0; y < img.height; y++) raw.set(img.data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes 8-bit RGBA, non-interlaced PNGs (what encodePng writes), any row filter. */
export function decodePng(png: Buffer): RgbaImage {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[9] !== 6 || body[12] !== 0) throw new Error('only 8-bit RGBA, non-interlaced PNGs are supported');
    }
    if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const data = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? data[y * stride + x - 4] : 0;
      const b = y > 0 ? data[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? data[(y - 1) * stride + x - 4] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      data[y * stride + x] = (raw[y * (stride + 1) + 1 + x] + predictor) & 0xff;
    }
  }
  return { width, height, data };
}

function main(): void {
  const dir = path.resolve(process.argv[2] ?? 'manifest');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'color.png'), encodePng(drawColorIcon()));
  writeFileSync(path.join(dir, 'outline.png'), encodePng(drawOutlineIcon()));
  console.log(`Wrote color.png and outline.png to ${dir}`);
}

if (require.main === module) main();
