// A video for Chromium's fake camera (--use-file-for-fake-video-capture): a QR code made
// with the `qrcode` package, drawn module by module into Y4M frames (YUV 4:2:0, 640 × 480),
// black on white with a quiet zone, the way a phone would see a poster held up to it.
import fs from 'node:fs';
import QRCode from 'qrcode';

const WIDTH = 640;
const HEIGHT = 480;
const WHITE = 235; // video-range luma
const BLACK = 16;
const QUIET_ZONE = 4; // modules, as the QR standard asks

/** The luma plane of one frame showing `text` as a QR code, centred. */
function qrLuma(text: string): Uint8Array {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const scale = Math.floor((HEIGHT * 0.9) / (modules.size + 2 * QUIET_ZONE));
  const side = modules.size * scale;
  const left = Math.floor((WIDTH - side) / 2);
  const top = Math.floor((HEIGHT - side) / 2);
  const luma = new Uint8Array(WIDTH * HEIGHT).fill(WHITE);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++) {
        const start = (top + row * scale + y) * WIDTH + left + col * scale;
        luma.fill(BLACK, start, start + scale);
      }
    }
  }
  return luma;
}

/** Writes a Y4M file of `frames` identical frames (Chromium loops it) showing `text` as a QR code. */
export function writeQrVideo(file: string, text: string, frames = 10): void {
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const frameHeader = Buffer.from('FRAME\n', 'ascii');
  const luma = qrLuma(text);
  const chroma = new Uint8Array((WIDTH / 2) * (HEIGHT / 2) * 2).fill(128); // U and V: no colour
  const frame = Buffer.concat([frameHeader, luma, chroma]);
  fs.writeFileSync(file, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}
