// The phone's back camera for the scanner, and why it could not be had: each reason gets
// its own Danish message, and the typed-code field is there in every case.

export type CameraProblem = 'insecure' | 'denied' | 'noCamera' | 'failed';

export class CameraUnavailable extends Error {
  constructor(readonly problem: CameraProblem) {
    super(problem);
  }
}

/** getUserMedia's error names (Media Capture and Streams) mapped to what the person can do. */
function problemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'noCamera';
  return 'failed';
}

/** The environment-facing camera (falling back to any camera, as on a laptop). */
export async function openCamera(): Promise<MediaStream> {
  // Browsers offer the camera only to secure contexts (https, localhost): elsewhere
  // navigator.mediaDevices is simply missing.
  if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) throw new CameraUnavailable('insecure');
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
    });
  } catch (error) {
    throw new CameraUnavailable(problemOf(error));
  }
}

export function stopCamera(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
