import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasOffersAPI, MaxRetriesExceededError } from '../../src/index.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { get } from './helpers.js';

let sandbox: SandboxHandle;
beforeAll(async () => {
  sandbox = await startSandbox({ rateLimit: { calls: 3, windowMs: 60_000 } });
});
afterAll(async () => {
  await sandbox.close();
});

describe('rate limiting', () => {
  it('answers the fourth call in the window with HasOffers\' rate-limit error', async () => {
    for (let i = 0; i < 3; i++) expect((await get(sandbox, 'Target=Offer&Method=findById&id=1')).response.status).toBe(1);
    const limited = await get(sandbox, 'Target=Offer&Method=findById&id=1');
    expect(limited.response).toEqual({
      status: -1,
      httpStatus: 200,
      data: '',
      errors: [{ publicMessage: 'API usage exceeded rate limit.  Configured: 3/60s window; Your usage: 4.  See https://help.tune.com/hasoffers/rate-limit-error/ for guidance.' }],
      errorMessage: 'API usage exceeded rate limit.  Configured: 3/60s window; Your usage: 4.  See https://help.tune.com/hasoffers/rate-limit-error/ for guidance.',
    });
  });

  it('is recognised by the SDK as a rate limit', async () => {
    const api = new HasOffersAPI({ endpoint: sandbox.url, networkToken: 'sandbox-token', networkId: 'sandbox', retries: 1, retryTimeout: 0 });
    await expect(api.offers.findById(1)).rejects.toBeInstanceOf(MaxRetriesExceededError);
  });

  it('is off by default', async () => {
    const free = await startSandbox();
    try {
      const answers = await Promise.all(Array.from({ length: 80 }, () => get(free, 'Target=Offer&Method=findById&id=1')));
      expect(answers.every((answer) => answer.response.status === 1)).toBe(true);
    } finally {
      await free.close();
    }
  });
});
