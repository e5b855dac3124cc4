import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One failed sign-in; kept in PostgreSQL so throttling holds across API processes. */
@Entity({ tableName: 'login_failure' })
@Index({ name: 'login_failure_by_email', properties: ['email', 'failedAt'] })
@Index({ name: 'login_failure_by_address', properties: ['address', 'failedAt'] })
export class LoginFailure {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  email: string;

  @Property({ type: 'text' })
  address: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  failedAt: Date = new Date();

  constructor(email: string, address: string) {
    this.email = email;
    this.address = address;
  }
}
