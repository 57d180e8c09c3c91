import { describe, expect, it } from '@jest/globals';
import { forwardingTarget } from './forwarding.controller.js';

describe('forwardingTarget', () => {
  it('sends downloads to the subgraph owning them, with the session', () => {
    expect(forwardingTarget('/exports/assessment/schemes/5a3c/ranking.xlsx')).toEqual({ subgraph: 'assessment', session: true });
    expect(forwardingTarget('/exports/cases.xlsx?filter=%7B%7D')).toEqual({ subgraph: 'cases', session: true });
    expect(forwardingTarget('/exports/assessmentx/ranking.xlsx')).toEqual({ subgraph: 'cases', session: true });
    expect(forwardingTarget('/files/cases/attachments/1')).toEqual({ subgraph: 'cases', session: true });
    expect(forwardingTarget('/files/meetings/instruments/1')).toEqual({ subgraph: 'meetings', session: true });
  });

  it('sends the portal to the cases subgraph without any staff session', () => {
    expect(forwardingTarget('/portal/api/status')).toEqual({ subgraph: 'cases', session: false });
  });

  it('forwards nothing else', () => {
    expect(forwardingTarget('/files/assessment/x')).toBeNull();
    expect(forwardingTarget('/portal/status')).toBeNull();
    expect(forwardingTarget('/graphql')).toBeNull();
  });
});
