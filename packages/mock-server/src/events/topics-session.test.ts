import { describe, expect, it } from 'vitest';
import { useEmulator } from '../test-support.js';
import type { TopicEvent } from './event-log.js';

const f = useEmulator();

function connect() {
  const frames: Record<string, unknown>[] = [];
  const session = f.emulator.openTopicsSession((data) => frames.push(JSON.parse(data)));
  const send = (message: object) => session.handle(JSON.stringify(message));
  const events = () => frames.filter((m) => 'topic' in m) as unknown as TopicEvent[];
  return { frames, send, events, session };
}

const createCustomer = () =>
  f.api('/3/customers', { method: 'POST', json: { Customer: { Name: 'Händelse AB' } } });

describe('WebSocket topics feed', () => {
  it('adds tenants by access token (with or without Bearer) and reports invalid tokens', () => {
    const { frames, send } = connect();
    send({
      command: 'add-tenants-v1',
      clientSecret: f.clientSecret,
      accessTokens: [`Bearer ${f.token}`, 'nope'],
    });
    expect(frames[0]).toEqual({
      response: 'add-tenants-v1',
      result: 'ok',
      tenantIds: { [`Bearer ${f.token}`]: f.tenantId },
      invalidTokens: ['nope'],
    });
  });

  it('rejects tokens when the client secret does not match', () => {
    const { frames, send } = connect();
    send({ command: 'add-tenants-v1', clientSecret: 'wrong', accessTokens: [f.token] });
    expect(frames[0]).toMatchObject({ invalidTokens: [f.token], tenantIds: {} });
  });

  it('reports unknown topics as invalidTopics', () => {
    const { frames, send } = connect();
    send({ command: 'add-topics-v1', topics: [{ topic: 'customers' }, { topic: 'prices' }] });
    expect(frames[0]).toEqual({
      response: 'add-topics-v1',
      result: 'ok',
      invalidTopics: ['prices'],
    });
  });

  it('streams an event for every change after subscribe-v1', async () => {
    const { send, events } = connect();
    send({ command: 'add-tenants-v1', clientSecret: f.clientSecret, accessTokens: [f.token] });
    send({ command: 'add-topics-v1', topics: [{ topic: 'customers' }, { topic: 'invoices' }] });
    send({ command: 'subscribe-v1' });
    const created = (await (await createCustomer()).json()).Customer.CustomerNumber;
    await f.api(`/3/customers/${created}`, { method: 'DELETE' });
    await f.api('/3/articles/1', { method: 'PUT', json: { Article: { Note: 'x' } } });
    expect(events().map((e) => [e.topic, e.type, e.entityId, e.tenantId])).toEqual([
      ['customers', 'customer-created-v1', created, f.tenantId],
      ['customers', 'customer-deleted-v1', created, f.tenantId],
    ]);
    expect(events()[0]?.timestamp).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/,
    );
  });

  it('replays a topic from an offset', async () => {
    await createCustomer();
    await createCustomer();
    const first = f.emulator.events.replay('customers')[0] as TopicEvent;
    const { send, events } = connect();
    send({ command: 'add-tenants-v1', clientSecret: f.clientSecret, accessTokens: [f.token] });
    send({ command: 'add-topics-v1', topics: [{ topic: 'customers', offset: first.offset }] });
    send({ command: 'subscribe-v1' });
    expect(events()).toHaveLength(1);
    expect(events()[0]?.offset).not.toBe(first.offset);
  });

  it('sends nothing for tenants that were not added, or were removed', async () => {
    const { send, events } = connect();
    send({ command: 'add-tenants-v1', clientSecret: f.clientSecret, accessTokens: [f.token] });
    send({ command: 'add-topics-v1', topics: [{ topic: 'customers' }] });
    send({ command: 'subscribe-v1' });
    send({ command: 'remove-tenants-v1', tenants: [f.tenantId] });
    await createCustomer();
    expect(events()).toHaveLength(0);
  });

  it('publishes order and invoice events, including bookkeep and cancel', async () => {
    const { send, events } = connect();
    send({ command: 'add-tenants-v1', clientSecret: f.clientSecret, accessTokens: [f.token] });
    send({ command: 'add-topics-v1', topics: [{ topic: 'orders' }, { topic: 'invoices' }] });
    send({ command: 'subscribe-v1' });
    await f.api('/3/orders/1/cancel', { method: 'PUT' });
    const invoice = (await (await f.api('/3/orders/2/createinvoice', { method: 'PUT' })).json())
      .Invoice.DocumentNumber;
    await f.api(`/3/invoices/${invoice}/bookkeep`, { method: 'PUT' });
    expect(events().map((e) => e.type)).toEqual([
      'order-cancelled-v1',
      'invoice-created-v1',
      'order-updated-v1',
      'invoice-bookkeep-v1',
    ]);
  });

  it('delivers duplicates when duplication is on, with the same offset', async () => {
    f.emulator.control.setEventDuplication(1);
    const { send, events } = connect();
    send({ command: 'add-tenants-v1', clientSecret: f.clientSecret, accessTokens: [f.token] });
    send({ command: 'add-topics-v1', topics: [{ topic: 'customers' }] });
    send({ command: 'subscribe-v1' });
    await createCustomer();
    expect(events()).toHaveLength(2);
    expect(events()[0]).toEqual(events()[1]);
  });

  it('publishes article events, including when a default price changes', async () => {
    const { send, events } = connect();
    send({ command: 'add-tenants-v1', clientSecret: f.clientSecret, accessTokens: [f.token] });
    send({ command: 'add-topics-v1', topics: [{ topic: 'articles' }] });
    send({ command: 'subscribe-v1' });
    await f.api('/3/articles', {
      method: 'POST',
      json: { Article: { Description: 'Ny artikel' } },
    });
    await f.api('/3/prices/A/1/0', { method: 'PUT', json: { Price: { Price: 12 } } });
    expect(events().map((e) => [e.type, e.entityId])).toEqual([
      ['article-created-v1', '13'],
      ['article-updated-v1', '1'],
    ]);
  });
});
