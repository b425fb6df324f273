// Reads QR codes from the camera's video: the browser's own BarcodeDetector where it has
// one that knows QR (Chrome on Android, Safari on macOS), else the polyfill, whose chunk
// and wasm load only then.

export interface QrReader {
  /** `native` or `zxing`: shown to tests as data-reader, so they know which one ran. */
  engine: 'native' | 'zxing';
  read(video: HTMLVideoElement): Promise<string[]>;
}

interface Detector { detect(source: HTMLVideoElement): Promise<readonly { rawValue: string }[]> }
interface DetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<readonly string[]>;
}

const reader = (engine: QrReader['engine'], detector: Detector): QrReader => ({
  engine,
  read: async (video) => (await detector.detect(video)).map((code) => code.rawValue),
});

export async function createQrReader(): Promise<QrReader> {
  // Not in TypeScript's DOM library: the Shape Detection API is not in every engine.
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  const formats = Native ? await Native.getSupportedFormats().catch(() => []) : [];
  if (Native && formats.includes('qr_code')) return reader('native', new Native({ formats: ['qr_code'] }));
  const { createZxingDetector } = await import('./zxing-detector');
  return reader('zxing', await createZxingDetector());
}
