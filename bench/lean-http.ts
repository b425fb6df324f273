// A load generator's HTTP/1.1 client: one socket, one request at a time, replies with a
// Content-Length (all the API sends to a client that takes no compression). The sign-up
// figure's 1,000 clients run on the same two cores as the server they measure: Node's
// own http client cost them 0.7 ms of CPU per request, this one 0.15 ms (measured), so the
// figure is the server's, not the harness's, as with wrk or autocannon.
import net from 'node:net';

export interface Reply { status: number; text: string }

/** The connection closed, failed or never opened before a reply: the request may be sent again. */
export class ConnectionClosed extends Error {}

/** A reply that does not come in this long fails the request (the bench must not hang). */
const REPLY_TIMEOUT_MS = 60_000;

export class LeanHttpConnection {
  private received: Buffer = Buffer.alloc(0);
  private pending: { resolve(reply: Reply): void; reject(error: Error): void } | null = null;
  private closed = false;

  private constructor(private readonly socket: net.Socket, private readonly host: string) {
    socket.setNoDelay(true);
    socket.on('timeout', () => {
      if (this.pending) this.failAndClose(new Error(`no reply within ${REPLY_TIMEOUT_MS / 1000} s`));
    });
    socket.on('data', (chunk: Buffer) => {
      this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
      this.finishReply();
    });
    socket.on('error', (error) => this.fail(new ConnectionClosed(error.message)));
    socket.on('close', () => {
      this.closed = true;
      this.fail(new ConnectionClosed('socket hang up'));
    });
  }

  static open(url: string): Promise<LeanHttpConnection> {
    const { hostname, port, host } = new URL(url);
    return new Promise((resolve, reject) => {
      const refused = (error: Error) => reject(new ConnectionClosed(error.message));
      const socket = net.connect(Number(port), hostname, () => {
        socket.off('error', refused);
        resolve(new LeanHttpConnection(socket, host));
      });
      socket.once('error', refused);
    });
  }

  /** Sends one request; a JSON body goes with its content type. Rejects if the socket closes first. */
  request(method: 'GET' | 'POST', path: string, headers: Record<string, string>, body = ''): Promise<Reply> {
    if (this.pending) throw new Error('one request at a time on a LeanHttpConnection');
    if (this.closed) return Promise.reject(new ConnectionClosed('socket hang up'));
    const bytes = Buffer.from(body);
    let head = `${method} ${path} HTTP/1.1\r\nhost: ${this.host}\r\ncontent-length: ${bytes.length}\r\n`;
    for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
    return new Promise<Reply>((resolve, reject) => {
      this.pending = { resolve, reject };
      this.socket.setTimeout(REPLY_TIMEOUT_MS);
      this.socket.write(Buffer.concat([Buffer.from(`${head}\r\n`, 'latin1'), bytes]));
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private finishReply(): void {
    const headEnd = this.received.indexOf('\r\n\r\n');
    if (headEnd < 0 || !this.pending) return;
    const head = this.received.subarray(0, headEnd).toString('latin1');
    const length = /\r\ncontent-length: *(\d+)/i.exec(head)?.[1];
    if (length === undefined) {
      this.failAndClose(new Error(`a reply without Content-Length (this client speaks no chunked encoding): ${head.split('\r\n')[0]}`));
      return;
    }
    const bodyEnd = headEnd + 4 + Number(length);
    if (this.received.length < bodyEnd) return;
    const reply = { status: Number(head.slice(9, 12)), text: this.received.subarray(headEnd + 4, bodyEnd).toString() };
    this.received = this.received.subarray(bodyEnd);
    const { resolve } = this.pending;
    this.pending = null;
    this.socket.setTimeout(0);
    resolve(reply);
  }

  /** A reply this client cannot read: the rest of the stream means nothing either. */
  private failAndClose(error: Error): void {
    this.fail(error);
    this.socket.destroy();
  }

  private fail(error: Error): void {
    const pending = this.pending;
    this.pending = null;
    pending?.reject(error);
  }
}
