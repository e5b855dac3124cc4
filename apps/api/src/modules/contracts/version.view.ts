import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars.js';
import { ContractVersionStatus } from './contract-enums.js';
import type { ContractVersion } from './contract-version.entity.js';

/**
 * A version of terms as the API serves it: its own columns and its partnership's id. Services
 * work on the ContractVersion entity; resolvers answer with this, read as rows (version-rows.ts).
 */
@ObjectType('ContractVersion')
export class VersionView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => ContractVersionStatus)
  status!: ContractVersionStatus;

  @Field(() => String, {
    description: 'SHA-256 (hex) of the canonical form of the terms; a signer must send it back unchanged.',
  })
  contentHash!: string;

  @Field(() => CalendarDateScalar)
  startDate!: string;

  @Field(() => CalendarDateScalar)
  endDate!: string;

  @Field(() => Date)
  proposedAt!: Date;

  @Field(() => Date, { nullable: true })
  agreedAt!: Date | null;

  partnershipId!: string;
  /** Whole øre; the `paymentCap` field formats it. */
  paymentCap!: bigint;

  static of(props: VersionView): VersionView {
    return Object.assign(new VersionView(), props);
  }

  static fromEntity(version: ContractVersion): VersionView {
    return VersionView.of({
      id: version.id,
      partnershipId: version.partnership.id,
      number: version.number,
      status: version.status,
      contentHash: version.contentHash,
      startDate: version.startDate,
      endDate: version.endDate,
      paymentCap: version.paymentCap,
      proposedAt: version.proposedAt,
      agreedAt: version.agreedAt,
    });
  }
}
