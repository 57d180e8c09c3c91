import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ANONYMOUS_OPERATION, OTHER_OPERATION, OperationNames, routeLabel, statementKind } from '../names.js';

const graphqlName = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,30}$/);

describe('OperationNames', () => {
  it('labels an operation by its name, and one without a name as anonymous', () => {
    const names = new OperationNames();
    expect(names.label('CaseApiRegisterCase')).toBe('CaseApiRegisterCase');
    expect(names.label(null)).toBe(ANONYMOUS_OPERATION);
    expect(names.label(undefined)).toBe(ANONYMOUS_OPERATION);
    expect(names.label('')).toBe(ANONYMOUS_OPERATION);
  });

  it("counts the gateway's fetches under the client's operation name", () => {
    const names = new OperationNames();
    expect(names.label('CaseApiRegisterCase__cases__0')).toBe('CaseApiRegisterCase');
    expect(names.label('PlatformE2eMe__assessment__12')).toBe('PlatformE2eMe');
  });

  it('labels what is not a GraphQL name as anonymous, never as given', () => {
    const names = new OperationNames();
    expect(names.label('x{a="1"}')).toBe(ANONYMOUS_OPERATION);
    expect(names.label('a'.repeat(101))).toBe(ANONYMOUS_OPERATION);
    expect(names.label('注册')).toBe(ANONYMOUS_OPERATION);
  });

  it('never holds more than its maximum of names, whatever callers send, and keeps the names it has', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.tuple(fc.oneof(graphqlName, fc.string()), fc.boolean()), { maxLength: 200 }), (max, calls) => {
        const names = new OperationNames(max);
        const sent = calls.map(([name]) => name);
        const labels = calls.map(([name, succeeded]) => names.label(name, succeeded));
        const distinct = new Set(labels.filter((label) => label !== ANONYMOUS_OPERATION && label !== OTHER_OPERATION));
        expect(distinct.size).toBeLessThanOrEqual(max);
        // A name labelled as itself once is labelled so again.
        for (const name of distinct) expect(names.label(name)).toBe(name);
        // Labels are the names sent or one of the two fallbacks.
        for (const [i, label] of labels.entries()) {
          if (label !== ANONYMOUS_OPERATION && label !== OTHER_OPERATION) expect(sent[i].startsWith(label)).toBe(true);
        }
      }),
    );
  });

  it('labels names beyond the maximum as other', () => {
    const names = new OperationNames(2);
    expect([names.label('A'), names.label('B'), names.label('C'), names.label('A')]).toEqual(['A', 'B', OTHER_OPERATION, 'A']);
  });

  it('lets a new name in only with an operation answered without errors, and then labels its failures by it', () => {
    const names = new OperationNames(1);
    expect(names.label('Probe1', false)).toBe(OTHER_OPERATION);
    expect(names.label('Probe2', false)).toBe(OTHER_OPERATION);
    // The refused names took no room.
    expect(names.label('CaseList', true)).toBe('CaseList');
    expect(names.label('CaseList', false)).toBe('CaseList');
  });
});

describe('statementKind', () => {
  it.each([
    ['SELECT id FROM cases.cases WHERE id = $1', 'SELECT'],
    ['  insert into cases.cases (id) values ($1)', 'INSERT'],
    ['UPDATE cases.outbox SET relayed_at = now()', 'UPDATE'],
    ['DELETE FROM x', 'DELETE'],
    ['WITH due AS (SELECT 1) SELECT * FROM due', 'WITH'],
    ['START TRANSACTION', 'BEGIN'],
    ['BEGIN', 'BEGIN'],
    ['COMMIT', 'COMMIT'],
    ['ROLLBACK', 'ROLLBACK'],
    ['/* comment */ -- line\n SELECT 1', 'SELECT'],
    ['(SELECT 1) UNION (SELECT 2)', 'SELECT'],
    ["SELECT set_config('app.tenant_path', $1, true)", 'SELECT'],
    ['', 'OTHER'],
    ['"quoted" nonsense', 'OTHER'],
  ])('%j is %s', (sql, kind) => {
    expect(statementKind(sql)).toBe(kind);
  });

  it('answers a keyword of its closed list whatever the statement holds, so no text or parameter reaches a label', () => {
    const kinds = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'OTHER']);
    fc.assert(
      fc.property(fc.constantFrom('select ', 'INSERT INTO ', 'update ', 'delete from ', ''), fc.string(), (keyword, rest) => {
        const kind = statementKind(`${keyword}${rest}`);
        expect(/^[A-Z]{2,10}$/.test(kind)).toBe(true);
        if (keyword && /^\s/.test(keyword.slice(-1))) expect(kinds.has(kind)).toBe(true);
      }),
    );
  });
});

describe('routeLabel', () => {
  it('is the pattern the router matched, never the URL with its ids', () => {
    expect(routeLabel({ routePath: '/files/:id', baseUrl: '', path: '/files/4f0c3a' })).toBe('/files/:id');
    expect(routeLabel({ routePath: '/health', baseUrl: '', path: '/health' })).toBe('/health');
  });

  it('is "unmatched" for what no route matched (static files, not found)', () => {
    expect(routeLabel({ path: '/assets/index-abc.js' })).toBe('unmatched');
    expect(routeLabel({ path: '/no/such/4f0c3a' })).toBe('unmatched');
  });
});
