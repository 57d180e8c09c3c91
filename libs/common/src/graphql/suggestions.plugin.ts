import type { ApolloServerPlugin } from '@apollo/server';

/** graphql-js ends a validation or coercion message with its guesses from the schema. */
const SUGGESTION = / ?Did you mean(.+?)\?$/;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * "Did you mean …?" names fields, arguments and enum values of the schema: a caller without a
 * token could read the schema out of them although introspection is refused to it. Those callers
 * get the messages without the guesses; a logged-in caller keeps them, being allowed the schema.
 * (Apollo Server's `hideSchemaDetailsFromClientErrors` does this for every caller.)
 */
export function hideSuggestionsWithoutTokenPlugin(): ApolloServerPlugin<{ auth: unknown }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (contextValue.auth || response.body.kind !== 'single') return;
          const { singleResult } = response.body;
          if (!singleResult.errors) return;
          response.body.singleResult = {
            ...singleResult,
            errors: singleResult.errors.map((error) => ({ ...error, message: withoutSuggestions(error.message) })),
          };
        },
      };
    },
  };
}
