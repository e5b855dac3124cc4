import { formatDecimal, formatMoney, parseDecimal } from '@effekt/engine';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';
import { TrancheKind } from './contract-enums.js';
import type { TrancheTerms } from './tranche-terms.entity.js';

/** Columns of `tranche` with its `tranche_terms`, as plain-row reads select them. */
export interface TrancheRow {
  id: string;
  partnership_id: string;
  organisation_id: string;
  fund_id: string | null;
  rank: number;
  kind: TrancheKind;
  seniority: number;
  commitment: string;
  premium_rate: string;
}

/** A tranche as one version sets it up; `id` is the tranche's lasting identity. */
@ObjectType('Tranche')
export class TrancheView {
  @Field(() => ID)
  id!: string;

  @Field(() => TrancheKind)
  kind!: TrancheKind;

  @Field(() => Int)
  seniority!: number;

  @Field(() => DecimalScalar)
  commitment!: string;

  @Field(() => DecimalScalar)
  premiumRate!: string;

  organisationId!: string;
  fundId!: string | null;
  partnershipId!: string;
  /** Tie-breaker in the waterfall: creation order within the partnership. */
  rank!: number;
  commitmentOre!: bigint;

  /** A tranche as the given version's terms row sets it up (its tranche populated). */
  static fromTerms(row: TrancheTerms): TrancheView {
    const tranche = row.tranche.getEntity();
    return TrancheView.of({
      id: tranche.id,
      kind: row.kind,
      seniority: row.seniority,
      commitmentOre: row.commitment,
      premiumRate: row.premiumRate,
      organisationId: tranche.organisation.id,
      fundId: tranche.fund?.id ?? null,
      partnershipId: tranche.partnership.id,
      rank: tranche.rank,
    });
  }

  /** A tranche from a `tranche` row joined with its `tranche_terms` row (money as text). */
  static fromRow(row: TrancheRow): TrancheView {
    return TrancheView.of({
      id: row.id,
      kind: row.kind,
      seniority: row.seniority,
      commitmentOre: BigInt(row.commitment),
      premiumRate: row.premium_rate,
      organisationId: row.organisation_id,
      fundId: row.fund_id,
      partnershipId: row.partnership_id,
      rank: row.rank,
    });
  }

  static of(props: Omit<TrancheView, 'commitment' | 'premiumRate'> & { premiumRate: string }): TrancheView {
    // Field by field: a portfolio builds hundreds, and spreading into Object.assign cost
    // three times as much.
    const view = new TrancheView();
    view.id = props.id;
    view.kind = props.kind;
    view.seniority = props.seniority;
    view.commitmentOre = props.commitmentOre;
    view.commitment = formatMoney(props.commitmentOre);
    view.premiumRate = formatDecimal(parseDecimal(props.premiumRate));
    view.organisationId = props.organisationId;
    view.fundId = props.fundId;
    view.partnershipId = props.partnershipId;
    view.rank = props.rank;
    return view;
  }
}

@ObjectType('TranchePosition')
export class TranchePositionView {
  @Field(() => DecimalScalar)
  committed!: string;

  @Field(() => DecimalScalar)
  disbursed!: string;

  @Field(() => DecimalScalar)
  principalRepaid!: string;

  @Field(() => DecimalScalar)
  premiumReceived!: string;

  @Field(() => DecimalScalar, { description: 'disbursed - principalRepaid, 0 once written off' })
  outstanding!: string;

  @Field(() => DecimalScalar, { description: 'committed - disbursed while the partnership is open, else 0' })
  undrawn!: string;

  @Field(() => DecimalScalar, { description: 'outstanding + undrawn' })
  atRisk!: string;

  @Field(() => DecimalScalar)
  writtenOff!: string;
}

@ObjectType('Signature')
export class SignatureView {
  organisationId!: string;
  signedById!: string;

  @Field(() => Date)
  signedAt!: Date;
}
