// Draws public/icon-*.png and apple-touch-icon.png (the logo mark: rounded square, arch, keyhole) with zlib only. Run from public/.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
function png(size, file) {
  const s = size / 64;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / s,
        v = (y + 0.5) / s;
      let px = [0, 0, 0, 0];
      const r = 14,
        cx = Math.min(Math.max(u, r), 64 - r),
        cy = Math.min(Math.max(v, r), 64 - r);
      if ((u - cx) ** 2 + (v - cy) ** 2 <= r * r) px = [0x1e, 0x3a, 0x8a, 255];
      const d = Math.hypot(u - 32, v - 24);
      const arch = (v <= 24 && Math.abs(d - 12) <= 2.5) || (v > 24 && v <= 46 && (Math.abs(u - 20) <= 2.5 || Math.abs(u - 44) <= 2.5));
      if (px[3] && arch) px = [255, 255, 255, 255];
      if (px[3] && (Math.hypot(u - 32, v - 34) <= 5 || (Math.abs(u - 32) <= 2.5 && v >= 34 && v <= 46))) px = [0x60, 0xa5, 0xfa, 255];
      row.set(px, 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(Buffer.concat(rows))),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}
png(32, "icon-32.png");
png(192, "icon-192.png");
png(180, "apple-touch-icon.png");
