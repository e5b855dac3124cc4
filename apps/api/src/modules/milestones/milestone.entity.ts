import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { ObjectType, registerEnumType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.entity.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { User } from '../users/user.entity.js';

export enum MilestoneStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });

@ObjectType('Milestone')
@Entity({ tableName: 'milestone' })
@Index({ name: 'milestone_by_partnership', properties: ['partnership', 'dueDate'] })
export class Milestone {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { ref: true, deleteRule: 'cascade' })
  partnership: Ref<Partnership>;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'string', columnType: 'date' })
  dueDate: string;

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict' })
  owner: Ref<Organisation>;

  @Enum({ items: () => MilestoneStatus, type: 'text' })
  status: MilestoneStatus = MilestoneStatus.PLANNED;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  constructor(props: {
    partnership: Ref<Partnership>;
    title: string;
    dueDate: string;
    owner: Ref<Organisation>;
    createdBy: Ref<User>;
  }) {
    this.partnership = props.partnership;
    this.title = props.title;
    this.dueDate = props.dueDate;
    this.owner = props.owner;
    this.createdBy = props.createdBy;
  }
}
