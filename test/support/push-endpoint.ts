// A push service for the tests (issue 22), on this machine: it hands out subscriptions as a
// browser would (a P-256 key pair and an auth secret of its own for each), and takes
// messages as a push service must — the VAPID JWT checked (ES256 over the key in `k`, `aud`
// its own origin, `exp` within 24 h) — then reads each message as the browser would,
// decrypting the aes128gcm body with the subscription's private key (http_ece). Over
// https, as web-push only speaks it, with a certificate made here (openssl) that the
// server is told to trust through `agent`.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { decrypt } from 'http_ece';

export interface ReceivedPush {
  endpoint: string;
  payload: Record<string, unknown>;
  ttl: number;
  urgency: string | null;
  topic: string | null;
  /** The VAPID public key the message was signed with. */
  vapidKey: string;
  at: number;
}

export interface TestSubscription { endpoint: string; keys: { p256dh: string; auth: string } }

export interface PushEndpoint {
  origin: string;
  /** An https agent that trusts this endpoint's certificate: the server sends through it. */
  agent: https.Agent;
  /** The certificate (PEM), for a server in another process to trust (NODE_EXTRA_CA_CERTS). */
  certificate: string;
  subscribe(): TestSubscription;
  received: ReceivedPush[];
  /** Messages refused by the checks (should stay empty): why each was refused. */
  rejected: string[];
  /** The status this endpoint answers with from now on (201 as a push service does; 410 once a subscription is gone). */
  answerWith(endpoint: string, status: number): void;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedPush[]>;
  close(): Promise<void>;
}

function verifyVapid(header: string | undefined, origin: string): { key: string } | string {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? '');
  if (!match) return `no vapid authorization: ${header ?? ''}`;
  const [, token = '', key = ''] = match;
  const [head = '', body = '', signature = ''] = token.split('.');
  const jwtHeader = JSON.parse(Buffer.from(head, 'base64url').toString()) as { alg?: string };
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as { aud?: string; exp?: number; sub?: string };
  if (jwtHeader.alg !== 'ES256') return `alg ${jwtHeader.alg ?? ''}`;
  if (claims.aud !== origin) return `aud ${claims.aud ?? ''}`;
  const now = Date.now() / 1000;
  if (!claims.exp || claims.exp <= now || claims.exp > now + 24 * 3600) return `exp ${claims.exp ?? ''}`;
  if (!claims.sub) return 'no sub';
  const point = Buffer.from(key, 'base64url');
  const publicKey = crypto.createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33, 65).toString('base64url') }, format: 'jwk',
  });
  const valid = crypto.verify('sha256', Buffer.from(`${head}.${body}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  return valid ? { key } : 'bad signature';
}

/** A throwaway certificate for 127.0.0.1. */
function selfSignedCertificate(): { key: string; cert: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-push-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')],
    { stdio: 'pipe' });
    return { key: fs.readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert: fs.readFileSync(path.join(dir, 'cert.pem'), 'utf8') };
  } catch (error) {
    throw new Error('openssl is needed for the push tests\' certificate: apt-get install openssl', { cause: error });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function startPushEndpoint(): Promise<PushEndpoint> {
  const tls = selfSignedCertificate();
  const subscriptions = new Map<string, { ecdh: crypto.ECDH; auth: string }>();
  const answers = new Map<string, number>();
  const received: ReceivedPush[] = [];
  const rejected: string[] = [];
  const waiters = new Set<() => void>();
  let origin = '';

  const server = https.createServer(tls, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const endpoint = `${origin}${req.url ?? ''}`;
      const subscription = subscriptions.get(endpoint);
      const answer = answers.get(endpoint) ?? 201;
      if (!subscription) {
        res.writeHead(404).end();
        return;
      }
      if (answer !== 201) {
        res.writeHead(answer).end();
        return;
      }
      const vapid = verifyVapid(req.headers.authorization, origin);
      if (typeof vapid === 'string' || req.headers['content-encoding'] !== 'aes128gcm') {
        rejected.push(typeof vapid === 'string' ? vapid : `content-encoding ${req.headers['content-encoding'] ?? ''}`);
        res.writeHead(403).end();
        return;
      }
      const plain = decrypt(Buffer.concat(chunks), { version: 'aes128gcm', privateKey: subscription.ecdh, authSecret: subscription.auth });
      received.push({
        endpoint, payload: JSON.parse(plain.toString('utf8')) as Record<string, unknown>, ttl: Number(req.headers.ttl),
        urgency: (req.headers.urgency as string | undefined) ?? null, topic: (req.headers.topic as string | undefined) ?? null, vapidKey: vapid.key, at: Date.now(),
      });
      for (const wake of waiters) wake();
      res.writeHead(201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const agent = new https.Agent({ ca: tls.cert, keepAlive: true });
  return {
    origin,
    agent,
    certificate: tls.cert,
    received,
    rejected,
    subscribe() {
      const ecdh = crypto.createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = crypto.randomBytes(16).toString('base64url');
      const endpoint = `${origin}/push/${crypto.randomUUID()}`;
      subscriptions.set(endpoint, { ecdh, auth });
      return { endpoint, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth } };
    },
    answerWith(endpoint, status) {
      answers.set(endpoint, status);
    },
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(received.slice(0, count));
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${received.length} of ${count} push messages within ${timeoutMs} ms (refused: ${rejected.join('; ')})`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => {
      agent.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** The server's options for sending to `pushService` (and trusting its certificate). */
export function pushOptionsFor(pushService: PushEndpoint) {
  return {
    push: { vapid: null, subject: 'mailto:it@fjordby.example', allowedOrigins: [pushService.origin] },
    pushAgent: pushService.agent,
  };
}
