// The BarcodeDetector polyfill (barcode-detector over zxing-wasm) for browsers without
// one (iOS Safari, desktop Linux). Its own chunk, loaded only where it is needed; the
// .wasm comes from our own origin, never the jsDelivr CDN the library defaults to, and
// the service worker precaches it (vite.config.ts), so scanning works offline.
import { BarcodeDetector, prepareZXingModule, purgeZXingModule } from 'barcode-detector/ponyfill';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

// One object for the life of the page: zxing-wasm keeps its module while the overrides
// compare equal, so opening the scanner again does not compile the wasm again.
const OVERRIDES = {
  locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
};

export async function createZxingDetector(): Promise<BarcodeDetector> {
  try {
    await prepareZXingModule({ overrides: OVERRIDES, fireImmediately: true });
  } catch (error) {
    purgeZXingModule(); // a failed load is cached too: forget it so the next try loads again
    throw error;
  }
  return new BarcodeDetector({ formats: ['qr_code'] });
}
