import { describe, expect, it } from 'vitest';
import { deliveryNav } from './nav';

describe('deliveryNav', () => {
  it('offers each kind of organisation its own pages', () => {
    expect(deliveryNav('MUNICIPALITY').map((item) => item.to)).toEqual(['/reviews', '/portfolio', '/fund']);
    expect(deliveryNav('EVALUATOR').map((item) => item.to)).toEqual(['/reviews']);
    expect(deliveryNav('INVESTOR').map((item) => item.to)).toEqual(['/portfolio']);
    expect(deliveryNav('FOUNDATION').map((item) => item.to)).toEqual(['/portfolio']);
    expect(deliveryNav('PROVIDER')).toEqual([]);
  });
});
