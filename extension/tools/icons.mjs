// Draws the toolbar icon (a dark rounded square with a white keyhole: "what is said in the
// consulting room stays there") as PNGs at build time, so no binary lives in the repository.
import zlib from 'node:zlib';

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
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** RGBA PNG of size x size; coverage computed with 4x4 supersampling. */
export function iconPng(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const inside = (x, y) => { // unit square coordinates
    const r = 0.22; // corner radius
    const dx = Math.max(r - x, 0, x - (1 - r));
    const dy = Math.max(r - y, 0, y - (1 - r));
    return dx * dx + dy * dy <= r * r;
  };
  const hole = (x, y) => {
    const cx = 0.5, cy = 0.4;
    if ((x - cx) ** 2 + (y - cy) ** 2 <= 0.13 ** 2) return true;
    return y >= 0.42 && y <= 0.76 && Math.abs(x - cx) <= 0.05 + (y - 0.42) * 0.22;
  };
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let bg = 0, fg = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const x = (px + (sx + 0.5) / 4) / size, y = (py + (sy + 0.5) / 4) / size;
        if (inside(x, y)) { if (hole(x, y)) fg++; else bg++; }
      }
      const a = (bg + fg) / 16;
      const mix = fg / Math.max(1, bg + fg);
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = Math.round(29 + (255 - 29) * mix);
      raw[o + 1] = Math.round(41 + (255 - 41) * mix);
      raw[o + 2] = Math.round(57 + (255 - 57) * mix);
      raw[o + 3] = Math.round(255 * a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
