/* eslint-disable */
import * as types from './graphql.js';
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
    "\n  fragment SchemesSpecScheme on AssessmentScheme {\n    id name state version periodFrom periodTo periodLabel targetLevel totalPoints\n    items { code name kind points ruleText indicator { code formula source } rule { kind perEvent min max } }\n  }\n": typeof types.SchemesSpecSchemeFragmentDoc,
    "mutation SchemesSpecCreate($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { ...SchemesSpecScheme } }": typeof types.SchemesSpecCreateDocument,
    "mutation SchemesSpecUpdate($input: UpdateSchemeInput!) { updateAssessmentScheme(input: $input) { ...SchemesSpecScheme } }": typeof types.SchemesSpecUpdateDocument,
    "mutation SchemesSpecManual($input: ManualScoreInput!) { enterManualScore(input: $input) { id } }": typeof types.SchemesSpecManualDocument,
    "mutation SchemesSpecPublish($input: PublishSchemeInput!) { publishAssessmentScheme(input: $input) { id publishedBy asOf targets { name total rank grade } } }": typeof types.SchemesSpecPublishDocument,
    "query SchemesSpecScores($id: ID!) { scores(schemeId: $id) { asOf targets { tenantId name total rank grade publishedTotal publishedRank\n  items { code value numerator denominator points belowMinimum manual { points comment } } } } }": typeof types.SchemesSpecScoresDocument,
    "query SchemesSpecVersion($id: ID!) { assessmentScheme(id: $id) { version } }": typeof types.SchemesSpecVersionDocument,
    "query SchemesSpecSnapshot($id: ID!) { assessmentSnapshot(schemeId: $id) { targets { name total } } }": typeof types.SchemesSpecSnapshotDocument,
    "query SchemesSpecFacts($input: ScoreFactsInput!) { scoreFacts(input: $input) { id label date tenantId source } }": typeof types.SchemesSpecFactsDocument,
    "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n    }\n  }\n": typeof types.TestLoginDocument,
};
const documents: Documents = {
    "\n  fragment SchemesSpecScheme on AssessmentScheme {\n    id name state version periodFrom periodTo periodLabel targetLevel totalPoints\n    items { code name kind points ruleText indicator { code formula source } rule { kind perEvent min max } }\n  }\n": types.SchemesSpecSchemeFragmentDoc,
    "mutation SchemesSpecCreate($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { ...SchemesSpecScheme } }": types.SchemesSpecCreateDocument,
    "mutation SchemesSpecUpdate($input: UpdateSchemeInput!) { updateAssessmentScheme(input: $input) { ...SchemesSpecScheme } }": types.SchemesSpecUpdateDocument,
    "mutation SchemesSpecManual($input: ManualScoreInput!) { enterManualScore(input: $input) { id } }": types.SchemesSpecManualDocument,
    "mutation SchemesSpecPublish($input: PublishSchemeInput!) { publishAssessmentScheme(input: $input) { id publishedBy asOf targets { name total rank grade } } }": types.SchemesSpecPublishDocument,
    "query SchemesSpecScores($id: ID!) { scores(schemeId: $id) { asOf targets { tenantId name total rank grade publishedTotal publishedRank\n  items { code value numerator denominator points belowMinimum manual { points comment } } } } }": types.SchemesSpecScoresDocument,
    "query SchemesSpecVersion($id: ID!) { assessmentScheme(id: $id) { version } }": types.SchemesSpecVersionDocument,
    "query SchemesSpecSnapshot($id: ID!) { assessmentSnapshot(schemeId: $id) { targets { name total } } }": types.SchemesSpecSnapshotDocument,
    "query SchemesSpecFacts($input: ScoreFactsInput!) { scoreFacts(input: $input) { id label date tenantId source } }": types.SchemesSpecFactsDocument,
    "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n    }\n  }\n": types.TestLoginDocument,
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
export function graphql(source: "\n  fragment SchemesSpecScheme on AssessmentScheme {\n    id name state version periodFrom periodTo periodLabel targetLevel totalPoints\n    items { code name kind points ruleText indicator { code formula source } rule { kind perEvent min max } }\n  }\n"): (typeof documents)["\n  fragment SchemesSpecScheme on AssessmentScheme {\n    id name state version periodFrom periodTo periodLabel targetLevel totalPoints\n    items { code name kind points ruleText indicator { code formula source } rule { kind perEvent min max } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemesSpecCreate($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { ...SchemesSpecScheme } }"): (typeof documents)["mutation SchemesSpecCreate($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { ...SchemesSpecScheme } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemesSpecUpdate($input: UpdateSchemeInput!) { updateAssessmentScheme(input: $input) { ...SchemesSpecScheme } }"): (typeof documents)["mutation SchemesSpecUpdate($input: UpdateSchemeInput!) { updateAssessmentScheme(input: $input) { ...SchemesSpecScheme } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemesSpecManual($input: ManualScoreInput!) { enterManualScore(input: $input) { id } }"): (typeof documents)["mutation SchemesSpecManual($input: ManualScoreInput!) { enterManualScore(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemesSpecPublish($input: PublishSchemeInput!) { publishAssessmentScheme(input: $input) { id publishedBy asOf targets { name total rank grade } } }"): (typeof documents)["mutation SchemesSpecPublish($input: PublishSchemeInput!) { publishAssessmentScheme(input: $input) { id publishedBy asOf targets { name total rank grade } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemesSpecScores($id: ID!) { scores(schemeId: $id) { asOf targets { tenantId name total rank grade publishedTotal publishedRank\n  items { code value numerator denominator points belowMinimum manual { points comment } } } } }"): (typeof documents)["query SchemesSpecScores($id: ID!) { scores(schemeId: $id) { asOf targets { tenantId name total rank grade publishedTotal publishedRank\n  items { code value numerator denominator points belowMinimum manual { points comment } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemesSpecVersion($id: ID!) { assessmentScheme(id: $id) { version } }"): (typeof documents)["query SchemesSpecVersion($id: ID!) { assessmentScheme(id: $id) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemesSpecSnapshot($id: ID!) { assessmentSnapshot(schemeId: $id) { targets { name total } } }"): (typeof documents)["query SchemesSpecSnapshot($id: ID!) { assessmentSnapshot(schemeId: $id) { targets { name total } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemesSpecFacts($input: ScoreFactsInput!) { scoreFacts(input: $input) { id label date tenantId source } }"): (typeof documents)["query SchemesSpecFacts($input: ScoreFactsInput!) { scoreFacts(input: $input) { id label date tenantId source } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;