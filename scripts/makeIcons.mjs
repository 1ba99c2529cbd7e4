// Draws the add-in's icons (three rising bars, R·F·M, on a rounded tile) as PNG files in assets/,
// at the sizes the manifest names. Run: node scripts/makeIcons.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function icon(size) {
  const px = Buffer.alloc(size * (size * 4 + 1));
  const bars = [
    { x0: 0.2, x1: 0.36, top: 0.55, rgb: [0x8f, 0xd1, 0xff] },
    { x0: 0.42, x1: 0.58, top: 0.38, rgb: [0xff, 0xff, 0xff] },
    { x0: 0.64, x1: 0.8, top: 0.2, rgb: [0xff, 0xd3, 0x5c] },
  ];
  const r = size * 0.18;
  for (let y = 0; y < size; y++) {
    px[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const cx = Math.min(Math.max(x + 0.5, r), size - r);
      const cy = Math.min(Math.max(y + 0.5, r), size - r);
      const inside = (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r;
      let rgb = [0x10, 0x6e, 0xbe];
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      for (const b of bars) if (u >= b.x0 && u <= b.x1 && v >= b.top && v <= 0.82) rgb = b.rgb;
      px.set([...rgb, inside ? 255 : 0], o);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(px)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80]) writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), icon(size));
console.log("assets/icon-{16,32,64,80}.png written");
