import { describe, expect, it } from 'vitest';
import { createRouter } from '@/lib/messages/router';

interface TestProtocol {
  double: { request: { n: number }; response: number };
  fail: { request: null; response: never };
}

const router = createRouter<TestProtocol>(
  {
    double: ({ n }) => n * 2,
    fail: () => {
      throw new Error('corpus not loaded');
    },
  },
  { extensionId: 'ours' },
);
const ours = { id: 'ours' };

describe('createRouter', () => {
  it('answers a known message with an ok Result', async () => {
    await expect(router({ backstory: 1, type: 'double', data: { n: 21 } }, ours)).resolves.toEqual({
      ok: true,
      value: 42,
    });
  });

  it('turns a thrown error into an error Result', async () => {
    await expect(router({ backstory: 1, type: 'fail', data: null }, ours)).resolves.toEqual({
      ok: false,
      error: 'corpus not loaded',
    });
  });

  it('ignores other senders, unknown types, inherited keys and foreign messages', () => {
    expect(router({ backstory: 1, type: 'double', data: { n: 1 } }, { id: 'someone-else' })).toBeUndefined();
    expect(router({ backstory: 1, type: 'unknown', data: null }, ours)).toBeUndefined();
    expect(router({ backstory: 1, type: 'toString', data: null }, ours)).toBeUndefined();
    expect(router({ type: 'double', data: { n: 1 } }, ours)).toBeUndefined();
    expect(router('double', ours)).toBeUndefined();
  });
});
