// A simulated phone for the sync tests: the real client runtime (IndexedDB via
// fake-indexeddb, the real sync engine and transport) talking to a real server,
// with a switch for the network.
import { HttpClient } from './http-client';
import { createRuntime, type Runtime } from '../../src/client/runtime';

export interface Device {
  runtime: Runtime;
  http: HttpClient;
  setOnline(online: boolean): void;
  /** Replace how requests travel, e.g. to drop a response after the server handled it. */
  intercept(wrap: ((next: typeof fetch) => typeof fetch) | null): void;
  close(): void;
}

export async function createDevice(baseUrl: string, email: string): Promise<Device> {
  const http = new HttpClient(baseUrl);
  let online = true;
  let wrapper: ((next: typeof fetch) => typeof fetch) | null = null;
  const networkFetch: typeof fetch = (input, init) =>
    online ? http.fetch(input, init) : Promise.reject(new TypeError('fetch failed: offline'));
  const fetchImpl: typeof fetch = (input, init) => (wrapper ? wrapper(networkFetch) : networkFetch)(input, init);
  const person = await http.signInDemo(email);
  const runtime = await createRuntime({ dbName: `device-${crypto.randomUUID()}`, baseUrl, fetch: fetchImpl });
  if (runtime.personId !== person.id) throw new Error('runtime did not restore the signed-in person');
  return {
    runtime,
    http,
    setOnline: (value) => { online = value; },
    intercept: (wrap) => { wrapper = wrap; },
    close: () => runtime.close(),
  };
}
