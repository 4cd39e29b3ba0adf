// Renders assets/icon.svg to every icon the installers need: assets/icons/<n>x<n>.png (Linux, and
// the sources of the others), assets/icon.ico (Windows) and assets/icon.icns (macOS). Headless
// Chromium (playwright-core) rasterises the SVG, so no native image library is needed; ICO and
// ICNS are written here, both as containers of PNG images. The results are committed:
//   node scripts/renderIcons.mjs   [CHROMIUM=/path/to/chromium]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS types holding PNG data, by pixel size (the @2x types reuse the larger rendering).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

const svg = readFileSync('assets/icon.svg');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
const pngs = new Map();
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${source}" width="${size}" height="${size}" style="display:block"></body></html>`);
    await page.waitForFunction(() => globalThis.document.images[0]?.complete); // runs in the page
    pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
  }
} finally {
  await browser.close();
}

mkdirSync('assets/icons', { recursive: true });
for (const [size, png] of pngs) writeFileSync(`assets/icons/${size}x${size}.png`, png);
writeFileSync('assets/icon.png', pngs.get(512));
writeFileSync('assets/icon.ico', ico(ICO_SIZES.map((size) => [size, pngs.get(size)])));
writeFileSync('assets/icon.icns', icns(ICNS_TYPES.map(([type, size]) => [type, pngs.get(size)])));
console.log(`icons: ${SIZES.join(', ')} px, icon.ico (${ICO_SIZES.length}), icon.icns (${ICNS_TYPES.length})`);

/** An ICO file whose entries are PNG images (Windows Vista and later). */
function ico(entries) {
  const header = Buffer.alloc(6 + 16 * entries.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(entries.length, 4);
  let offset = header.length;
  entries.forEach(([size, png], index) => {
    const at = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2);
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...entries.map(([, png]) => png)]);
}

/** An ICNS file whose entries are PNG images (macOS 10.7 and later). */
function icns(entries) {
  const chunks = entries.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}
