import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Fund } from '../funds/fund.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Partnership } from '../partnerships/partnership.entity.js';

/**
 * A tranche's lasting identity: one per (partnership, organisation, fund). Its terms live per
 * contract version (TrancheTerms); its money (disbursements, distributions) hangs on this row,
 * so an amendment keeps the position.
 */
@Entity({ tableName: 'tranche' })
@Index({
  name: 'tranche_identity',
  expression:
    'create unique index "tranche_identity" on "tranche" ("partnership_id", "organisation_id", coalesce("fund_id", \'00000000-0000-0000-0000-000000000000\'))',
})
@Unique({ name: 'tranche_rank_once', properties: ['partnership', 'rank'] })
@Index({ name: 'tranche_by_organisation', properties: ['organisation'] })
@Index({ name: 'tranche_by_fund', properties: ['fund'] })
export class Tranche {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { ref: true, deleteRule: 'cascade' })
  partnership: Ref<Partnership>;

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict' })
  organisation: Ref<Organisation>;

  @ManyToOne(() => Fund, { ref: true, nullable: true, deleteRule: 'restrict' })
  fund: Ref<Fund> | null;

  /** The waterfall's "earlier tranche" tie-breaker: creation order, stable across versions. */
  @Property({ type: 'integer' })
  rank: number;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  constructor(props: {
    partnership: Ref<Partnership>;
    organisation: Ref<Organisation>;
    fund: Ref<Fund> | null;
    rank: number;
  }) {
    this.partnership = props.partnership;
    this.rank = props.rank;
    this.organisation = props.organisation;
    this.fund = props.fund;
  }
}
