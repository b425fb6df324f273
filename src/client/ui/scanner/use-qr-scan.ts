// The camera and the read loop while the scanner is on screen: opens the back camera,
// shows it in the given video element, reads a few times a second, and stops every
// camera track when the screen goes away (the camera light must not stay on).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { CameraUnavailable, openCamera, stopCamera, type CameraProblem } from './camera';
import { createQrReader, type QrReader } from './qr-reader';

export type ScanPhase =
  | { kind: 'starting' }
  | { kind: 'scanning'; engine: QrReader['engine'] }
  | { kind: 'unavailable'; problem: CameraProblem };

/** Often enough to feel instant, seldom enough to leave a phone's CPU for the preview. */
const READ_EVERY_MS = 150;

export function useQrScan(videoRef: RefObject<HTMLVideoElement | null>, onText: (text: string) => void): ScanPhase {
  const [phase, setPhase] = useState<ScanPhase>({ kind: 'starting' });
  const onTextRef = useRef(onText);
  onTextRef.current = onText;

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const video = videoRef.current;

    async function start() {
      if (!video) return;
      try {
        stream = await openCamera();
        if (stopped) return stopCamera(stream);
        video.srcObject = stream;
        await video.play();
        // The reader after the camera: no polyfill download for someone who said no.
        const reader = await createQrReader();
        if (stopped) return;
        setPhase({ kind: 'scanning', engine: reader.engine });
        const tick = async () => {
          if (stopped) return;
          if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
            const texts = await reader.read(video).catch(() => []);
            if (!stopped) for (const text of texts) onTextRef.current(text);
          }
          if (!stopped) timer = setTimeout(() => void tick(), READ_EVERY_MS);
        };
        void tick();
      } catch (error) {
        stopCamera(stream);
        if (!stopped) setPhase({ kind: 'unavailable', problem: error instanceof CameraUnavailable ? error.problem : 'failed' });
      }
    }
    void start();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stopCamera(stream);
      if (video) video.srcObject = null;
    };
  }, []);
  return phase;
}
