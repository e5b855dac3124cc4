import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../../policy/index.js';
import { findPartnershipOrFail } from '../partnerships/membership.js';
import { UserView } from '../users/user.view.js';
import { Document, DocumentVersion } from './document.entities.js';

@ObjectType('DocumentVersion')
export class DocumentVersionView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => String)
  filename!: string;

  @Field(() => String, { description: 'Detected from the content.' })
  contentType!: string;

  @Field(() => Int, { description: 'Bytes.' })
  size!: number;

  @Field(() => String, { description: 'SHA-256 (hex) of the content; checked on every download.' })
  sha256!: string;

  @Field(() => Date)
  uploadedAt!: Date;

  @Field(() => String, { description: 'GET with the bearer token to download.' })
  downloadPath!: string;

  uploadedById!: string;
}

@ObjectType('Document')
export class DocumentView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => [DocumentVersionView], { description: 'Newest first.' })
  versions!: DocumentVersionView[];

  @Field(() => String, { description: 'POST a new version here (X-Filename header, raw body).' })
  uploadPath!: string;
}

@Resolver(() => DocumentVersionView)
export class DocumentResolver {
  @Query(() => [DocumentView], {
    description:
      'Documents of a partnership with their versions. Upload: POST /files/partnerships/:id/documents.',
  })
  async documents(
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Ctx() context: Context,
  ): Promise<DocumentView[]> {
    const access = await findPartnershipOrFail(context.em, requireViewer(context.viewer), partnershipId);
    const documents = await context.em.find(
      Document,
      { partnership: access.partnership.id },
      { orderBy: { createdAt: 'desc' } },
    );
    const versions = await context.em.find(
      DocumentVersion,
      { document: { $in: documents.map((d) => d.id) } },
      { orderBy: { number: 'desc' } },
    );
    return documents.map((document) => ({
      id: document.id,
      title: document.title,
      createdAt: document.createdAt,
      uploadPath: `/files/partnerships/${access.partnership.id}/documents?documentId=${document.id}`,
      versions: versions
        .filter((version) => version.document.id === document.id)
        .map((version) => ({
          id: version.id,
          number: version.number,
          filename: version.filename,
          contentType: version.contentType,
          size: version.size,
          sha256: version.sha256,
          uploadedAt: version.uploadedAt,
          downloadPath: `/files/document-versions/${version.id}`,
          uploadedById: version.uploadedBy.id,
        })),
    }));
  }

  @FieldResolver(() => UserView)
  uploadedBy(@Root() version: DocumentVersionView, @Ctx() context: Context): Promise<UserView> {
    return context.loaders.user.load(version.uploadedById);
  }
}
