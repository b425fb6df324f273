// Types for http_ece (RFC 8188 encrypted content-encoding), which ships none: only what
// the test push endpoint uses to read a message as a browser would.
declare module 'http_ece' {
  import type { ECDH } from 'node:crypto';
  export function decrypt(buffer: Buffer, params: { version: 'aes128gcm'; privateKey: ECDH; authSecret: string }): Buffer;
}
