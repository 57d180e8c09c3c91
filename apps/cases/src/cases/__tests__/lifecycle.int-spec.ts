import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { ManualClock } from '#common/clock';
import { startCasesApp, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { CaseApi } from '#test/helpers/case-api.js';
import { assignedCaseSentBack, claimLifecycle } from '#test/scenarios/case-lifecycles.js';

describe('the case lifecycle on the cases subgraph', () => {
  const clock = new ManualClock(new Date('2026-07-20T01:00:00Z'));
  let system: CasesTestApp;
  let api: CaseApi;
  const setToday = (date: string) => clock.set(new Date(`${date}T01:00:00Z`));

  beforeAll(async () => {
    system = await startCasesApp({ clock });
    api = new CaseApi(system.server);
  });
  afterAll(() => system.close());

  it('takes a claim from registration to finalization with every statutory deadline', async () => {
    await claimLifecycle(api, setToday);
  });

  it('sends an assigned case back once and closes it after the second completion report', async () => {
    await assignedCaseSentBack(api, setToday);
  });
});
