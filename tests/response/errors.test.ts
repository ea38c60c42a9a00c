import { describe, expect, it } from 'vitest';
import { formatErrorDetail, HasOffersError, MaxRetriesExceededError, RateLimitError } from '../../src/errors.js';

describe("HasOffersError messages (pyoffers' format)", () => {
  it('the bare publicMessage when that is all there is', () => {
    expect(formatErrorDetail({ publicMessage: 'Network id is not valid' })).toBe('Network id is not valid');
  });

  it('code, publicMessage and err_msg when all are there', () => {
    expect(formatErrorDetail({ err_code: 1, err_msg: 'Name cannot be blank.', attribute_name: 'name', publicMessage: 'Could not create offer.' })).toBe(
      'Error code: 1. Could not create offer. Name cannot be blank.',
    );
  });

  it('code and err_msg without publicMessage', () => {
    expect(formatErrorDetail({ err_code: 4, err_msg: 'Invalid field.' })).toBe('Error code: 4. Invalid field.');
  });

  it('one line per error', () => {
    const error = new HasOffersError([
      { err_code: 1, err_msg: 'Name cannot be blank.', publicMessage: 'Could not create offer.' },
      { err_code: 3, err_msg: 'Status must be one of: active, paused', publicMessage: 'Could not create offer.' },
    ]);
    expect(error.message).toBe('Error code: 1. Could not create offer. Name cannot be blank.\nError code: 3. Could not create offer. Status must be one of: active, paused');
    expect(error.errors).toHaveLength(2);
  });

  it('a single error object becomes a one-element errors array', () => {
    const error = new HasOffersError({ publicMessage: 'Network id is not valid' });
    expect(error.errors).toEqual([{ publicMessage: 'Network id is not valid' }]);
    expect(error.message).toBe('Network id is not valid');
    expect(error.name).toBe('HasOffersError');
  });

  it('RateLimitError is a HasOffersError; MaxRetriesExceededError keeps the last one', () => {
    const last = new RateLimitError([{ publicMessage: 'API usage exceeded rate limit.' }]);
    expect(last).toBeInstanceOf(HasOffersError);
    const error = new MaxRetriesExceededError(4, last);
    expect(error.attempts).toBe(4);
    expect(error.lastError).toBe(last);
    expect(error.message).toBe('Max retries exceeded: 4 attempts were rate-limited (last: API usage exceeded rate limit.)');
  });
});
