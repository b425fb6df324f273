// Two devices of one author edit the same learning offline; after syncing, both texts are
// on both devices (the server keeps the later one beside the main text as a conflict), and
// merging them on either device, as an ordinary update, clears the conflict everywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { createDevice, type Device } from '../support/device';
import { listRejected } from '../../src/client/store/queries';
import { countOutbox } from '../../src/client/store/outbox';

let server: TestServer;
beforeAll(async () => { server = await startTestServer('sqlite'); });
afterAll(async () => { await server.close(); });

const learningOn = (device: Device, id: string) => device.runtime.store.get('learning', id);
const texts = (device: Device, id: string) => {
  const learning = learningOn(device, id);
  return { body: learning?.body, application: learning?.application, kept: learning?.conflicts.map((c) => c.body) };
};

describe('a learning edited on two devices offline', () => {
  it('keeps both texts on both devices, and a merge resolves it on both', async () => {
    const phone = await createDevice(server.url, 'anna@fjordby.example');
    const tablet = await createDevice(server.url, 'anna@fjordby.example');
    const lis = await createDevice(server.url, 'lis@fjordby.example');
    const id = crypto.randomUUID();
    await phone.runtime.mutate('learning.create', {
      id, title: 'Overlevering mellem vagterne', body: 'Første udkast', application: '', sourceKind: 'colleague', visibility: 'unit',
    });
    expect(await phone.runtime.engine.sync()).toBe('done');
    expect(await tablet.runtime.engine.sync()).toBe('done');
    expect(learningOn(tablet, id)?.version).toBe(1);

    phone.setOnline(false);
    tablet.setOnline(false);
    await phone.runtime.mutate('learning.update', { id, baseVersion: learningOn(phone, id)!.version, body: 'Skrevet i toget på telefonen' });
    await tablet.runtime.mutate('learning.update', {
      id, baseVersion: learningOn(tablet, id)!.version, body: 'Skrevet på tabletten derhjemme', application: 'Prøv et fast skema',
    });
    expect(await phone.runtime.engine.sync()).toBe('offline');
    expect(await tablet.runtime.engine.sync()).toBe('offline');

    phone.setOnline(true);
    tablet.setOnline(true);
    expect(await phone.runtime.engine.sync()).toBe('done');
    expect(await tablet.runtime.engine.sync()).toBe('done');
    expect(await phone.runtime.engine.sync()).toBe('done');
    expect(await lis.runtime.engine.sync()).toBe('done');

    for (const device of [phone, tablet]) {
      expect(await countOutbox(device.runtime.store.idb)).toBe(0);
      expect(await listRejected(device.runtime.store)).toEqual([]);
      // The first to arrive is the main text; the other is kept beside it, with its own application.
      expect(texts(device, id)).toEqual({
        body: 'Skrevet i toget på telefonen', application: '', kept: ['Skrevet på tabletten derhjemme'],
      });
      expect(learningOn(device, id)?.conflicts[0]?.application).toBe('Prøv et fast skema');
    }
    // Her unit sees the learning as the server has it.
    expect(texts(lis, id)).toEqual(texts(phone, id));

    // The author merges the two on the tablet: an ordinary update naming the merged version.
    const kept = learningOn(tablet, id)!;
    await tablet.runtime.mutate('learning.update', {
      id, baseVersion: kept.version, body: 'Skrevet i toget på telefonen. Skrevet på tabletten derhjemme.',
      application: 'Prøv et fast skema', resolvedConflicts: kept.conflicts.map((c) => c.at),
    });
    expect(await tablet.runtime.engine.sync()).toBe('done');
    expect(await phone.runtime.engine.sync()).toBe('done');
    for (const device of [phone, tablet]) {
      expect(texts(device, id)).toEqual({
        body: 'Skrevet i toget på telefonen. Skrevet på tabletten derhjemme.', application: 'Prøv et fast skema', kept: [],
      });
      expect(learningOn(device, id)?.version).toBe(4);
    }
    phone.close();
    tablet.close();
    lis.close();
  });
});
