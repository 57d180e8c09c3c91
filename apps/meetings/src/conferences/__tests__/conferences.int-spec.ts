import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#common/auth';
import { errorCode, gql, subgraphDocument } from '#test/helpers/graphql-client.js';
import { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { ConferenceHarness } from './conference-harness.js';
import { graphql } from '#test/gql/index.js';

/** A tree of the test's own, in the directory and in the meetings read model. */
const tree = new JurisdictionTree({
  hubei: { code: '420000', name: '湖北省', level: 'PROVINCE', parent: null },
  wuhan: { code: '420100', name: '武汉市', level: 'CITY', parent: 'hubei' },
  jiangan: { code: '420102', name: '江岸区', level: 'COUNTY', parent: 'wuhan' },
  jianghan: { code: '420103', name: '江汉区', level: 'COUNTY', parent: 'wuhan' },
  qiaokou: { code: '420104', name: '硚口区', level: 'COUNTY', parent: 'wuhan' },
});

graphql(`
  fragment ConferencesSpecConferenceFields on Conference {
    id
    tenantId
    establishedOn
    officeUnitId
    officeUnitName
    version
    convenors {
      userId
      name
      title
    }
    members {
      id
      unitId
      name
      liaisonUserId
      liaisonName
      joinedOn
      endedOn
    }
  }
`);

const ESTABLISH = graphql(`
  mutation ConferencesSpecEstablishConference($input: EstablishConferenceInput!) {
    establishConference(input: $input) {
      ...ConferencesSpecConferenceFields
    }
  }
`);
const UPDATE = graphql(`
  mutation ConferencesSpecUpdateConference($input: UpdateConferenceInput!) {
    updateConference(input: $input) {
      ...ConferencesSpecConferenceFields
    }
  }
`);
const ADD = graphql(`
  mutation ConferencesSpecAddConferenceMember($input: AddConferenceMemberInput!) {
    addConferenceMember(input: $input) {
      ...ConferencesSpecConferenceFields
    }
  }
`);
const REMOVE = graphql(`
  mutation ConferencesSpecRemoveConferenceMember($input: RemoveConferenceMemberInput!) {
    removeConferenceMember(input: $input) {
      version
      members(includeEnded: true) {
        id
        name
        endedOn
      }
    }
  }
`);
const CONFERENCE = graphql(`
  query ConferencesSpecConference($tenantId: ID) {
    conference(tenantId: $tenantId) {
      ...ConferencesSpecConferenceFields
    }
  }
`);
interface TenantConferenceAnswer {
  _entities: { id: string; conference: { id: string; tenantId: string } | null; conferenceCoverage: { jurisdictions: number; withConference: number } }[];
}
const TENANT_CONFERENCE = subgraphDocument<TenantConferenceAnswer, { tenants: { __typename: string; id: string }[] }>(`query ($tenants: [_Any!]!) {
  _entities(representations: $tenants) { ... on Tenant { id conference { id tenantId } conferenceCoverage(level: COUNTY) { jurisdictions withConference } } }
}`);

describe('meetings: joint conferences (联席会议)', () => {
  const h = new ConferenceHarness(tree);
  /** Units and users of the directory, by a name of the test's. */
  const { units, users, token, office, unit, user, count } = h;

  /** Row counts of everything a conference writes: a refused input leaves them as they were. */
  async function footprint() {
    return {
      conferences: await count(`SELECT count(*) FROM meetings.conferences`),
      members: await count(`SELECT count(*) FROM meetings.conference_members`),
      audit: await count(`SELECT count(*) FROM meetings.audit_log`),
      covered: await count(`SELECT count(*) FROM meetings.jurisdictions WHERE has_conference`),
    };
  }

  /** The input establishing Jiang'an's conference. */
  const jianganInput = () => ({
    establishedOn: '2026-03-01',
    officeUnitId: units['jiangan:区信访局'],
    convenors: [
      { userId: users['jiangan:张书记'], title: '主要召集人' },
      { userId: users['jiangan:李区长'], title: '召集人' },
    ],
    members: [
      { unitId: units['jiangan:区住建局'], liaisonUserId: users['jiangan:住建联络员'] },
      { name: '江岸区人民法院', liaisonUserId: users['jiangan:法院联络员'] },
    ],
  });

  beforeAll(async () => {
    await h.start();
    await unit('jiangan', '区信访局', 'PETITION_BUREAU');
    await unit('jiangan', '区住建局');
    await unit('jiangan', '区人社局');
    await unit('jianghan', '区住建局');
    await user('jiangan', '张书记', [Role.LEADER]);
    await user('jiangan', '李区长', [Role.LEADER]);
    await user('jiangan', '王科员', [Role.HANDLER]);
    await user('jiangan', '住建联络员', [Role.MEMBER_UNIT], '区住建局');
    await user('jiangan', '人社联络员', [Role.MEMBER_UNIT], '区人社局');
    await user('jiangan', '法院联络员', [Role.MEMBER_UNIT]);
    await user('jianghan', '赵区长', [Role.LEADER]);
    await unit('qiaokou', '区信访局', 'PETITION_BUREAU');
    await user('qiaokou', '钱书记', [Role.LEADER]);
  });

  afterAll(() => h.stop());

  it('refuses a unit or user of another tenant, and a convenor who is no leader, writing nothing', async () => {
    const before = await footprint();
    const foreignOffice = await gql(h.server, ESTABLISH, { input: { ...jianganInput(), officeUnitId: units['jianghan:区住建局'] } }, await office('jiangan'));
    expect(errorCode(foreignOffice)).toBe('VALIDATION');
    expect(foreignOffice.errors![0].message).toBe('联席会议办公室须为本级机构的单位');

    // Wuhan sees Jiang'an's units under the subtree rule; they are still not Wuhan's own.
    const childUnit = await gql(
      h.server,
      ESTABLISH,
      { input: { ...jianganInput(), officeUnitId: units['jiangan:区信访局'], convenors: [{ userId: users['jiangan:张书记'], title: '召集人' }], members: [] } },
      await office('wuhan'),
    );
    expect(errorCode(childUnit)).toBe('VALIDATION');

    const input = jianganInput();
    input.members.push({ unitId: units['jianghan:区住建局'], liaisonUserId: users['jiangan:人社联络员'] });
    const foreignMember = await gql(h.server, ESTABLISH, { input }, await office('jiangan'));
    expect(errorCode(foreignMember)).toBe('VALIDATION');
    expect(foreignMember.errors![0].message).toBe('成员单位须为本级机构的单位');

    const foreignConvenor = await gql(
      h.server,
      ESTABLISH,
      { input: { ...jianganInput(), convenors: [{ userId: users['jianghan:赵区长'], title: '召集人' }] } },
      await office('jiangan'),
    );
    expect(errorCode(foreignConvenor)).toBe('VALIDATION');
    expect(foreignConvenor.errors![0].message).toBe('召集人须为本级机构的在职用户');

    const notLeader = await gql(
      h.server,
      ESTABLISH,
      { input: { ...jianganInput(), convenors: [{ userId: users['jiangan:王科员'], title: '召集人' }] } },
      await office('jiangan'),
    );
    expect(errorCode(notLeader)).toBe('VALIDATION');
    expect(notLeader.errors![0].message).toBe('召集人须为本级具有领导角色的用户');

    const wrongLiaison = await gql(
      h.server,
      ESTABLISH,
      { input: { ...jianganInput(), members: [{ unitId: units['jiangan:区住建局'], liaisonUserId: users['jiangan:人社联络员'] }] } },
      await office('jiangan'),
    );
    expect(errorCode(wrongLiaison)).toBe('VALIDATION');
    expect(wrongLiaison.errors![0].message).toBe('联络员须为该成员单位（区住建局）的人员');

    expect(await footprint()).toEqual(before);
  });

  it('is established by the conference office only, with convenors, member units and the office, and counts for coverage', async () => {
    const leader = await gql(h.server, ESTABLISH, { input: jianganInput() }, await token('jiangan', [Role.LEADER]));
    expect(errorCode(leader)).toBe('FORBIDDEN');

    const result = await gql(h.server, ESTABLISH, { input: jianganInput() }, await office('jiangan'));
    expect(result.errors).toBeUndefined();
    const conference = result.data!.establishConference;
    expect(conference).toMatchObject({
      tenantId: tree.ids.jiangan,
      establishedOn: '2026-03-01',
      officeUnitId: units['jiangan:区信访局'],
      officeUnitName: '区信访局',
      version: 1,
      convenors: [
        { userId: users['jiangan:张书记'], name: '张书记', title: '主要召集人' },
        { userId: users['jiangan:李区长'], name: '李区长', title: '召集人' },
      ],
    });
    expect(conference.members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: units['jiangan:区住建局'], name: '区住建局', liaisonName: '住建联络员', joinedOn: '2026-03-01', endedOn: null }),
        expect.objectContaining({ unitId: null, name: '江岸区人民法院', liaisonUserId: users['jiangan:法院联络员'], endedOn: null }),
      ]),
    );
    expect(conference.members).toHaveLength(2);
    expect(await count(`SELECT count(*) FROM meetings.audit_log WHERE action = 'conference.establish' AND entity_id = $1`, [conference.id])).toBe(1);

    const own = await gql(h.server, CONFERENCE, {}, await token('jiangan', [Role.LEADER]));
    expect(own.data!.conference).toEqual(conference);

    const coverage = await gql(h.server, TENANT_CONFERENCE, { tenants: [{ __typename: 'Tenant', id: tree.ids.wuhan }] }, await office('wuhan'));
    expect(coverage.errors).toBeUndefined();
    expect(coverage.data!._entities[0]).toEqual({ id: tree.ids.wuhan, conference: null, conferenceCoverage: { jurisdictions: 3, withConference: 1 } });
  });

  it('lists the tenant’s own active staff, leaders marked, for the pickers of convenors and liaisons, to its managers only', async () => {
    await user('jiangan', '已停用人员', [Role.LEADER], null, false);
    const STAFF = graphql(`
      query ConferencesSpecConferenceStaff {
        conferenceStaff {
          userId
          name
          unitId
          leader
        }
      }
    `);
    const listed = await gql(h.server, STAFF, {}, await office('jiangan'));
    expect(listed.errors).toBeUndefined();
    const byName = (name: string) => listed.data!.conferenceStaff.find((s: { name: string }) => s.name === name);
    expect(listed.data!.conferenceStaff.map((s: { name: string }) => s.name).sort()).toEqual(
      ['人社联络员', '住建联络员', '张书记', '李区长', '法院联络员', '王科员'].sort(),
    );
    expect(byName('张书记')).toEqual({ userId: users['jiangan:张书记'], name: '张书记', unitId: null, leader: true });
    expect(byName('住建联络员')).toEqual({ userId: users['jiangan:住建联络员'], name: '住建联络员', unitId: units['jiangan:区住建局'], leader: false });

    // The city sees Jiang'an's users under the subtree rule; its own list holds none of them.
    const city = await gql(h.server, STAFF, {}, await office('wuhan'));
    expect(city.data!.conferenceStaff).toEqual([]);
    const leader = await gql(h.server, STAFF, {}, await token('jiangan', [Role.LEADER]));
    expect(errorCode(leader)).toBe('FORBIDDEN');
  });

  it('refuses a second conference of the tenant, writing nothing', async () => {
    const before = await footprint();
    const second = await gql(h.server, ESTABLISH, { input: jianganInput() }, await office('jiangan'));
    expect(errorCode(second)).toBe('CONFLICT');
    expect(second.errors![0].message).toBe('本机构已成立联席会议，不能重复成立');
    expect(await footprint()).toEqual(before);
  });

  it('is seen by the tenant’s ancestors and not by a sibling county', async () => {
    const city = await gql(h.server, CONFERENCE, { tenantId: tree.ids.jiangan }, await token('wuhan', [Role.SUPERVISOR]));
    expect(city.data!.conference).toMatchObject({ tenantId: tree.ids.jiangan, officeUnitName: '区信访局' });
    const province = await gql(
      h.server,
      TENANT_CONFERENCE,
      { tenants: [{ __typename: 'Tenant', id: tree.ids.jiangan }] },
      await token('hubei', [Role.ASSESSOR]),
    );
    expect(province.data!._entities[0].conference).toMatchObject({ tenantId: tree.ids.jiangan });

    const sibling = await gql(h.server, CONFERENCE, { tenantId: tree.ids.jiangan }, await office('jianghan'));
    expect(sibling.errors).toBeUndefined();
    expect(sibling.data!.conference).toBeNull();
    const siblingEntity = await gql(h.server, TENANT_CONFERENCE, { tenants: [{ __typename: 'Tenant', id: tree.ids.jiangan }] }, await office('jianghan'));
    expect(siblingEntity.data!._entities[0].conference).toBeNull();
    expect(await gql(h.server, CONFERENCE, {}, await office('jianghan'))).toMatchObject({ data: { conference: null } });

    const handler = await gql(h.server, CONFERENCE, {}, await token('jiangan', [Role.HANDLER]));
    expect(errorCode(handler)).toBe('FORBIDDEN');
    const handlerEntity = await gql(
      h.server,
      TENANT_CONFERENCE,
      { tenants: [{ __typename: 'Tenant', id: tree.ids.jiangan }] },
      await token('jiangan', [Role.HANDLER]),
    );
    expect(errorCode(handlerEntity)).toBe('FORBIDDEN');
  });

  it('edits under its version: a stale version is a conflict, and member changes move the version', async () => {
    const admin_ = await token('jiangan', [Role.TENANT_ADMIN]);
    const updated = await gql(h.server, UPDATE, { input: { version: 1, convenors: [{ userId: users['jiangan:李区长'], title: '主要召集人' }] } }, admin_);
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateConference).toMatchObject({ version: 2, convenors: [{ userId: users['jiangan:李区长'], name: '李区长', title: '主要召集人' }] });

    const before = await footprint();
    const stale = await gql(h.server, UPDATE, { input: { version: 1, establishedOn: '2026-02-01' } }, await office('jiangan'));
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(await footprint()).toEqual(before);

    const foreign = await gql(h.server, ADD, { input: { unitId: units['jianghan:区住建局'], liaisonUserId: users['jiangan:人社联络员'] } }, admin_);
    expect(errorCode(foreign)).toBe('VALIDATION');
    const twice = await gql(h.server, ADD, { input: { unitId: units['jiangan:区住建局'], liaisonUserId: users['jiangan:住建联络员'] } }, admin_);
    expect(errorCode(twice)).toBe('VALIDATION');
    expect(await footprint()).toEqual(before);

    const added = await gql(
      h.server,
      ADD,
      { input: { unitId: units['jiangan:区人社局'], liaisonUserId: users['jiangan:人社联络员'], joinedOn: '2026-03-10' } },
      admin_,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addConferenceMember.version).toBe(3);
    expect(added.data!.addConferenceMember.members).toHaveLength(3);

    const court = added.data!.addConferenceMember.members.find((m: { name: string }) => m.name === '江岸区人民法院');
    const removed = await gql(h.server, REMOVE, { input: { memberId: court!.id, endedOn: '2026-03-20' } }, admin_);
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeConferenceMember.version).toBe(4);
    expect(removed.data!.removeConferenceMember.members).toContainEqual({ id: court!.id, name: '江岸区人民法院', endedOn: '2026-03-20' });
    const current = await gql(h.server, CONFERENCE, {}, admin_);
    expect(current.data!.conference!.members.map((m: { name: string }) => m.name).sort()).toEqual(['区人社局', '区住建局']);
    const again = await gql(h.server, REMOVE, { input: { memberId: court!.id } }, admin_);
    expect(errorCode(again)).toBe('VALIDATION');

    const staleAfterMembers = await gql(h.server, UPDATE, { input: { version: 2, establishedOn: '2026-02-01' } }, admin_);
    expect(errorCode(staleAfterMembers)).toBe('CONFLICT');
    expect(await count(`SELECT count(*) FROM meetings.audit_log WHERE entity IN ('conference', 'conference_member')`)).toBe(4);
  });

  it('lets a county without a directory read-model row establish one, and coverage follows', async () => {
    await h.admin.query(`DELETE FROM meetings.jurisdictions WHERE tenant_id = $1`, [tree.ids.qiaokou]);
    const result = await gql(
      h.server,
      ESTABLISH,
      {
        input: {
          establishedOn: '2026-03-05',
          officeUnitId: units['qiaokou:区信访局'],
          convenors: [{ userId: users['qiaokou:钱书记'], title: '召集人' }],
          members: [],
        },
      },
      await office('qiaokou'),
    );
    expect(result.errors).toBeUndefined();
    const coverage = await gql(h.server, TENANT_CONFERENCE, { tenants: [{ __typename: 'Tenant', id: tree.ids.wuhan }] }, await office('wuhan'));
    expect(coverage.data!._entities[0].conferenceCoverage).toEqual({ jurisdictions: 3, withConference: 2 });
  });
});
