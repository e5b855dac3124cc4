/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        email\n        isOrgAdmin\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      isOrgAdmin\n      canCreatePartnership\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Partnerships($status: PartnershipStatus) {\n    partnerships(status: $status) {\n      id\n      title\n      challenge\n      status\n      viewerRole\n      municipality {\n        id\n        name\n      }\n      members {\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.PartnershipsDocument,
    "\n  query Partnership($id: ID!) {\n    partnership(id: $id) {\n      id\n      title\n      challenge\n      status\n      viewerRole\n      abilities {\n        addMember\n      }\n      municipality {\n        id\n        name\n      }\n      members {\n        role\n        joinedAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.PartnershipDocument,
    "\n  mutation CreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      id\n      title\n      challenge\n      status\n      viewerRole\n    }\n  }\n": typeof types.CreatePartnershipDocument,
    "\n  query Organisations($kind: OrganisationKind) {\n    organisations(kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation AddMember($partnershipId: ID!, $organisationId: ID!, $role: PartnershipRole!) {\n    addMember(partnershipId: $partnershipId, organisationId: $organisationId, role: $role) {\n      id\n      status\n      abilities {\n        addMember\n      }\n      members {\n        role\n        joinedAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.AddMemberDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        email\n        isOrgAdmin\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      isOrgAdmin\n      canCreatePartnership\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query Partnerships($status: PartnershipStatus) {\n    partnerships(status: $status) {\n      id\n      title\n      challenge\n      status\n      viewerRole\n      municipality {\n        id\n        name\n      }\n      members {\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.PartnershipsDocument,
    "\n  query Partnership($id: ID!) {\n    partnership(id: $id) {\n      id\n      title\n      challenge\n      status\n      viewerRole\n      abilities {\n        addMember\n      }\n      municipality {\n        id\n        name\n      }\n      members {\n        role\n        joinedAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.PartnershipDocument,
    "\n  mutation CreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      id\n      title\n      challenge\n      status\n      viewerRole\n    }\n  }\n": types.CreatePartnershipDocument,
    "\n  query Organisations($kind: OrganisationKind) {\n    organisations(kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n": types.OrganisationsDocument,
    "\n  mutation AddMember($partnershipId: ID!, $organisationId: ID!, $role: PartnershipRole!) {\n    addMember(partnershipId: $partnershipId, organisationId: $organisationId, role: $role) {\n      id\n      status\n      abilities {\n        addMember\n      }\n      members {\n        role\n        joinedAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.AddMemberDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        email\n        isOrgAdmin\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        email\n        isOrgAdmin\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      isOrgAdmin\n      canCreatePartnership\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      isOrgAdmin\n      canCreatePartnership\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partnerships($status: PartnershipStatus) {\n    partnerships(status: $status) {\n      id\n      title\n      challenge\n      status\n      viewerRole\n      municipality {\n        id\n        name\n      }\n      members {\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Partnerships($status: PartnershipStatus) {\n    partnerships(status: $status) {\n      id\n      title\n      challenge\n      status\n      viewerRole\n      municipality {\n        id\n        name\n      }\n      members {\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partnership($id: ID!) {\n    partnership(id: $id) {\n      id\n      title\n      challenge\n      status\n      viewerRole\n      abilities {\n        addMember\n      }\n      municipality {\n        id\n        name\n      }\n      members {\n        role\n        joinedAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Partnership($id: ID!) {\n    partnership(id: $id) {\n      id\n      title\n      challenge\n      status\n      viewerRole\n      abilities {\n        addMember\n      }\n      municipality {\n        id\n        name\n      }\n      members {\n        role\n        joinedAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      id\n      title\n      challenge\n      status\n      viewerRole\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      id\n      title\n      challenge\n      status\n      viewerRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($kind: OrganisationKind) {\n    organisations(kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Organisations($kind: OrganisationKind) {\n    organisations(kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($partnershipId: ID!, $organisationId: ID!, $role: PartnershipRole!) {\n    addMember(partnershipId: $partnershipId, organisationId: $organisationId, role: $role) {\n      id\n      status\n      abilities {\n        addMember\n      }\n      members {\n        role\n        joinedAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddMember($partnershipId: ID!, $organisationId: ID!, $role: PartnershipRole!) {\n    addMember(partnershipId: $partnershipId, organisationId: $organisationId, role: $role) {\n      id\n      status\n      abilities {\n        addMember\n      }\n      members {\n        role\n        joinedAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;