import { randomUUID } from 'node:crypto';
import {
  BlobType,
  Check,
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Partnership } from '../partnerships/partnership.entity.js';
import { User } from '../users/user.entity.js';

/** A document of the partnership; re-uploading adds a version. */
@Entity({ tableName: 'document' })
@Index({ name: 'document_by_partnership', properties: ['partnership', 'createdAt'] })
export class Document {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { ref: true, deleteRule: 'cascade' })
  partnership: Ref<Partnership>;

  @Property({ type: 'text' })
  title: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  constructor(props: { partnership: Ref<Partnership>; title: string; createdBy: Ref<User> }) {
    this.partnership = props.partnership;
    this.title = props.title;
    this.createdBy = props.createdBy;
  }
}

/**
 * One uploaded file. The bytes live in PostgreSQL (backed up with everything else); `sha256`
 * is checked again on every download.
 */
@Entity({ tableName: 'document_version' })
@Unique({ name: 'document_version_number_once', properties: ['document', 'number'] })
@Check({ name: 'document_version_size_matches', expression: 'octet_length(content) = size' })
export class DocumentVersion {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Document, { ref: true, deleteRule: 'cascade' })
  document: Ref<Document>;

  @Property({ type: 'integer' })
  number: number;

  @Property({ type: 'text' })
  filename: string;

  /** Detected from the content, never taken from the name or the client. */
  @Property({ type: 'text' })
  contentType: string;

  @Property({ type: 'integer' })
  size: number;

  @Property({ type: 'text' })
  sha256: string;

  @Property({ type: BlobType, lazy: true })
  content: Buffer;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  uploadedBy: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  uploadedAt: Date = new Date();

  constructor(props: {
    document: Ref<Document>;
    number: number;
    filename: string;
    contentType: string;
    size: number;
    sha256: string;
    content: Buffer;
    uploadedBy: Ref<User>;
  }) {
    this.document = props.document;
    this.number = props.number;
    this.filename = props.filename;
    this.contentType = props.contentType;
    this.size = props.size;
    this.sha256 = props.sha256;
    this.content = props.content;
    this.uploadedBy = props.uploadedBy;
  }
}
