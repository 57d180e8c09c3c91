import { setTimeout as sleep } from 'node:timers/promises';
import { graphql } from '#test/gql/index.js';
import type { CaseApi } from './case-api.js';

const SENT_MESSAGES = graphql(`
  query SentPetitionerMessages($caseNumber: String!) {
    petitionerMessages(first: 50, filter: { caseNumber: $caseNumber, status: SENT }) {
      edges {
        node {
          id
          channel
          recipient
          body
        }
      }
    }
  }
`);

type SentMessage = { id: string; channel: string; recipient: string; body: string };

/**
 * The messages of a case the worker has sent, once `enough` says they are (at least a number of
 * them, or one that says something): it sends on its own, shortly after the step. Asked of the API,
 * which costs far less than reloading a page to look.
 */
export async function sentMessages(api: CaseApi, username: string, caseNumber: string, enough: number | ((sent: SentMessage[]) => boolean)) {
  const done = typeof enough === 'number' ? (sent: SentMessage[]) => sent.length >= enough : enough;
  for (let tries = 0; tries < 600; tries++) {
    const result = await api.query(username, SENT_MESSAGES, { caseNumber });
    const sent = result.data?.petitionerMessages.edges.map((edge) => edge.node) ?? [];
    if (done(sent)) return sent;
    await sleep(100);
  }
  throw new Error(`the messages of ${caseNumber} were not sent within a minute`);
}
