// Writes the Teams app icons and package from teams/manifest.json:
//   teams/color.png (192x192, full colour) and teams/outline.png (32x32, white on transparent),
//   the same icons under SPFx's names (<componentId>_color.png, _outline.png) for the manifest
//   SharePoint generates on "Sync to Teams", and teams/TeamsSPFxApp.zip (manifest + icons at the
//   top level) for the developer-provided package that SharePoint deploys instead.
// Run after changing the manifest or the icons: npx tsx scripts/generate-teams-app.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';

const TEAMS = join(__dirname, '..', 'teams');
const ACCENT = [0x00, 0x45, 0x78];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA PNG from a pixel function. */
export function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0))
  ]);
}

/** A check mark in a document: inside the unit square, is (u, v) on the mark's strokes? */
function onMark(u: number, v: number, width: number): boolean {
  const near = (ax: number, ay: number, bx: number, by: number): boolean => {
    const t = Math.max(0, Math.min(1, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay))) < width;
  };
  const frame = u > 0.2 && u < 0.8 && v > 0.12 && v < 0.88 && !(u > 0.2 + width * 2 && u < 0.8 - width * 2 && v > 0.12 + width * 2 && v < 0.88 - width * 2);
  return frame || near(0.32, 0.52, 0.45, 0.66) || near(0.45, 0.66, 0.7, 0.36);
}

function zip(files: Array<{ name: string; data: Buffer }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const compressed = deflateRawSync(file.data);
    const name = Buffer.from(file.name, 'utf8');
    const crc = crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8); // deflate
    // Fixed time and date (1980-01-01 00:00, the first DOS date), so the package is reproducible.
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function main(): void {
  const manifestText = readFileSync(join(TEAMS, 'manifest.json'));
  const manifest = JSON.parse(manifestText.toString('utf8')) as { id: string };
  const color = png(192, (x, y) => (onMark(x / 192, y / 192, 0.045) ? [255, 255, 255, 255] : ([...ACCENT, 255] as [number, number, number, number])));
  const outline = png(32, (x, y) => (onMark((x + 0.5) / 32, (y + 0.5) / 32, 0.05) ? [255, 255, 255, 255] : [0, 0, 0, 0]));
  writeFileSync(join(TEAMS, 'color.png'), color);
  writeFileSync(join(TEAMS, 'outline.png'), outline);
  writeFileSync(join(TEAMS, `${manifest.id}_color.png`), color);
  writeFileSync(join(TEAMS, `${manifest.id}_outline.png`), outline);
  writeFileSync(
    join(TEAMS, 'TeamsSPFxApp.zip'),
    zip([
      { name: 'manifest.json', data: manifestText },
      { name: 'color.png', data: color },
      { name: 'outline.png', data: outline }
    ])
  );
  process.stdout.write(`Skrev ikoner og TeamsSPFxApp.zip i ${TEAMS}\n`);
}

main();
