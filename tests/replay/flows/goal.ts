/** goal.json: pyoffers' tests/models/test_goal.py (the `goal` fixture creates offer 204, then goal 118). */
import { expect } from 'vitest';
import { Goal, Offer } from '../../../src/index.js';
import type { FlowFactory } from '../flow.js';
import { recordedData, step } from '../flow.js';

const URL = 'http://www.example.com';

export const goalFlow: FlowFactory = () => {
  let goal: Goal;
  return {
    cassette: 'goal',
    steps: [
      step('creates an offer, then a goal on it (#0, #1)', async ({ api, server }) => {
        const offer = await api.offers.create({ name: 'Test', offer_url: URL, status: 'pending', expiration_date: '2030-12-12 23:59:59', preview_url: URL });
        expect(offer).toBeInstanceOf(Offer);
        expect(offer.id).toBe('204');
        goal = await api.goals.create({ name: 'Test', description: 'String', status: 'deleted', offer_id: offer.id });
        expect(goal).toBeInstanceOf(Goal);
        expect(goal.id).toBe('118');
        expect(goal.description).toBe('String');
        expect(goal.toJSON()).toEqual(recordedData(server, 1, 'Goal'));
        expect(String(goal)).toBe('Goal: 118');
      }),
      step('findById() finds it, and answers null for an unknown id (#2, #3)', async ({ api }) => {
        const found = await api.goals.findById(goal.id);
        expect(found).toBeInstanceOf(Goal);
        expect(found?.description).toBe(goal.description);
        expect(await api.goals.findById(1000)).toBeNull();
      }),
      step('goal.update() returns the updated model (#4)', async () => {
        const updated = await goal.update({ description: 'Another' });
        expect(updated.description).toBe('Another');
        expect(updated.equals(goal)).toBe(true);
      }),
      step('findAll({ limit: 2 }) returns two Goals in server order (#5)', async ({ api }) => {
        const page = await api.goals.findAll({ limit: 2 });
        expect(page.every((item) => item instanceof Goal)).toBe(true);
        expect(page.map((item) => item.id)).toEqual(['46', '62']);
      }),
    ],
  };
};
