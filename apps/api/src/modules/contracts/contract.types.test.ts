import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { TrancheView } from './contract.types.js';
import { TrancheKind } from './contract-enums.js';

describe('TrancheView.of', () => {
  it('carries every property it is given and serves money and rates normalized', () => {
    const props = {
      id: '5b0b2c0e-9d3b-4c57-9a55-0f2b6c1d2e3f',
      kind: TrancheKind.INVESTMENT,
      seniority: 2,
      commitmentOre: 300_000_050n,
      premiumRate: '0.050000000000',
      organisationId: 'c8b4b0a2-1f4e-4a8e-9d0e-3f7f2b9d1a11',
      fundId: null,
      partnershipId: 'e1f0b3c4-7a2d-4d6e-8b9f-1a2b3c4d5e6f',
      rank: 3,
    };
    const view = TrancheView.of(props);
    expect(view).toBeInstanceOf(TrancheView);
    expect({ ...view }).toEqual({ ...props, commitment: '3000000.50', premiumRate: '0.05' });
  });
});
