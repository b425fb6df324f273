// /metrics of every worker of a cluster in one scrape (issue 23, part 3). A scrape reaches
// one worker; it asks the primary, which collects every worker's registry over IPC
// (prom-client's AggregatorRegistry) and sends the text back. Each worker's series carry
// a `worker` label, so they are never summed into one series that would drop (and look
// like a counter reset to Prometheus) when a worker is replaced: sum them in the query.
// Outside a cluster, or when the primary does not answer in time, the worker's own.
import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

const REQUEST = 'videnbro:metrics-request';
const REPLY = 'videnbro:metrics-reply';
/** Longer than prom-client's own 5 s, so that its timeout answers first. */
const WAIT_MS = 6_000;

interface Request { type: typeof REQUEST; id: number }
interface Reply { type: typeof REPLY; id: number; text?: string }

/** In a worker: this registry is what the primary's aggregation collects from it. */
export function offerToCluster(registry: Registry): void {
  if (!cluster.isWorker) return;
  registry.setDefaultLabels({ worker: String(cluster.worker?.id ?? process.pid) });
  AggregatorRegistry.setRegistries([registry]);
  // prom-client starts answering the primary only once an AggregatorRegistry is made.
  new AggregatorRegistry();
}

/** In the primary: answers the workers' requests with every worker's metrics together. */
export function answerClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: Partial<Request>) => {
    if (message?.type !== REQUEST || typeof message.id !== 'number') return;
    const id = message.id;
    aggregator.clusterMetrics()
      .then((text) => worker.send({ type: REPLY, id, text } satisfies Reply))
      .catch(() => worker.send({ type: REPLY, id } satisfies Reply));
  });
}

let nextId = 1;

/** The cluster's metrics as text, or null when this process is no worker or the primary did not answer. */
export function clusterMetricsText(): Promise<string | null> {
  if (!cluster.isWorker || !process.send) return Promise.resolve(null);
  const id = nextId++;
  return new Promise((resolve) => {
    const done = (text: string | null) => {
      clearTimeout(timer);
      process.off('message', listen);
      resolve(text);
    };
    const listen = (message: Partial<Reply>) => {
      if (message?.type === REPLY && message.id === id) done(message.text ?? null);
    };
    const timer = setTimeout(() => done(null), WAIT_MS);
    process.on('message', listen);
    process.send!({ type: REQUEST, id } satisfies Request);
  });
}
