import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Role } from '#common/auth';
import { APP_DB_ROLE } from '#common/config';
import { ManualClock } from '#common/clock';
import { gql } from '#test/helpers/graphql-client.js';
import { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { ConferenceHarness } from '../../conferences/__tests__/conference-harness.js';
import { graphql } from '#test/gql/index.js';
import { binaryBody } from '#test/helpers/http.js';

const tree = new JurisdictionTree({
  hubei: { code: '420000', name: '湖北省', level: 'PROVINCE', parent: null },
  wuhan: { code: '420100', name: '武汉市', level: 'CITY', parent: 'hubei' },
  jiangan: { code: '420102', name: '江岸区', level: 'COUNTY', parent: 'wuhan' },
  jianghan: { code: '420103', name: '江汉区', level: 'COUNTY', parent: 'wuhan' },
});
const clock = new ManualClock(new Date('2026-12-07T01:00:00Z'));
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200, 1)]);

const ESTABLISH = graphql(`
  mutation MeetingAttachmentsSpecEstablish($input: EstablishConferenceInput!) {
    establishConference(input: $input) {
      id
    }
  }
`);
const LISTS = graphql(`
  query MeetingAttachmentsSpecLists {
    taskLists {
      id
    }
  }
`);
const CREATE = graphql(`
  mutation MeetingAttachmentsSpecCreate($input: CreateTaskInput!) {
    createTask(input: $input) {
      subtasks {
        id
        tenantId
        version
      }
    }
  }
`);
const RECEIVE = graphql(`
  mutation MeetingAttachmentsSpecReceive($input: TaskStepInput!) {
    receiveTask(input: $input) {
      version
    }
  }
`);
const REPORT = graphql(`
  mutation MeetingAttachmentsSpecReport($input: TaskReportInput!) {
    reportTask(input: $input) {
      reports {
        id
      }
    }
  }
`);
const TASK = graphql(`
  query MeetingAttachmentsSpecTask($id: ID!) {
    task(id: $id) {
      reports {
        id
        attachable
        attachments {
          id
          fileName
          mediaType
          sizeBytes
          sha256
          description
          uploadedByName
          downloadUrl
        }
      }
    }
  }
`);
const RAISE = graphql(`
  mutation MeetingAttachmentsSpecRaise($input: RaiseNoticeInput!) {
    raiseNotice(input: $input) {
      id
      version
    }
  }
`);
const FEEDBACK = graphql(`
  mutation MeetingAttachmentsSpecFeedback($input: NoticeFeedbackInput!) {
    submitNoticeFeedback(input: $input) {
      version
      feedback {
        id
      }
    }
  }
`);
const ACCEPT = graphql(`
  mutation MeetingAttachmentsSpecAccept($input: AcceptFeedbackInput!) {
    acceptNoticeFeedback(input: $input) {
      state
    }
  }
`);
const NOTICE = graphql(`
  query MeetingAttachmentsSpecNotice($id: ID!) {
    notice(id: $id) {
      feedback {
        id
        attachable
        files {
          id
          fileName
          downloadUrl
        }
      }
    }
  }
`);

describe('meetings: files of task reports and notice feedback, visible as their owner', () => {
  const h = new ConferenceHarness(tree, { clock });
  const { units, users, office, unit, user } = h;
  const as = {} as Record<'city' | 'county' | 'sibling' | 'countyLeader', string>;
  let taskId: string;
  let reportId: string;
  let noticeId: string;
  let feedbackId: string;

  const upload = (token: string | null, url: string, files: { name: string; content: Buffer }[], description?: string) => {
    const call = request(h.server).post(url);
    if (token) call.set('Authorization', `Bearer ${token}`);
    for (const file of files) call.attach('file', file.content, { filename: file.name });
    if (description !== undefined) call.field('description', description);
    return call;
  };
  const download = (token: string, url: string) => request(h.server).get(url).set('Authorization', `Bearer ${token}`).buffer(true).parse(binaryBody);
  const ok = <T>(result: { data?: T | null; errors?: unknown }): T => {
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  async function establish(key: 'wuhan' | 'jiangan' | 'jianghan') {
    await unit(key, '联席办', 'CONFERENCE_OFFICE');
    await user(key, `${key}召集人`, [Role.LEADER]);
    await unit(key, '住建局');
    await user(key, '住建局联络员', [Role.MEMBER_UNIT], '住建局');
    ok(
      await gql(
        h.server,
        ESTABLISH,
        {
          input: {
            establishedOn: '2026-01-05',
            officeUnitId: units[`${key}:联席办`],
            convenors: [{ userId: users[`${key}:${key}召集人`], title: '召集人' }],
            members: [{ unitId: units[`${key}:住建局`], liaisonUserId: users[`${key}:住建局联络员`] }],
          },
        },
        await office(key),
      ),
    );
  }

  beforeAll(async () => {
    await h.start();
    for (const key of ['wuhan', 'jiangan', 'jianghan'] as const) await establish(key);
    as.city = await office('wuhan');
    as.county = await office('jiangan');
    as.sibling = await office('jianghan');
    as.countyLeader = await h.token('jiangan', [Role.LEADER]);
    const lists = ok(await gql(h.server, LISTS, {}, as.city));
    const created = ok(
      await gql(
        h.server,
        CREATE,
        {
          input: {
            listId: lists.taskLists[0].id,
            title: '积案化解',
            priority: 'NORMAL',
            deadline: { date: '2026-12-31' },
            listed: false,
            assignees: [{ tenantId: tree.ids.jiangan }, { tenantId: tree.ids.jianghan }],
            linkedCaseIds: [],
          },
        },
        as.city,
      ),
    );
    const task = created.createTask.subtasks.find((t) => t.tenantId === tree.ids.jiangan)!;
    taskId = task.id;
    const received = ok(await gql(h.server, RECEIVE, { input: { id: taskId, version: task.version } }, as.county));
    const reported = ok(
      await gql(h.server, REPORT, { input: { id: taskId, version: received.receiveTask.version, text: '已摸排积案 12 件', percent: 30 } }, as.county),
    );
    reportId = reported.reportTask.reports[0].id;
    const notice = ok(
      await gql(
        h.server,
        RAISE,
        { input: { subjectType: 'TASK', subjectId: taskId, kind: 'SUMMONS', reason: 'SHIRKING', text: '进度滞后，约谈区联席办' } },
        as.city,
      ),
    );
    noticeId = notice.raiseNotice.id;
    const answered = ok(
      await gql(h.server, FEEDBACK, { input: { noticeId, version: notice.raiseNotice.version, text: '已制定整改方案', attachments: [] } }, as.county),
    );
    feedbackId = answered.submitNoticeFeedback.feedback[0].id;
  });
  afterAll(() => h.stop());

  it('keeps a report’s files from its author, shown on the report to the assigning office and downloaded with the Chinese name', async () => {
    const response = await upload(as.county, `/files/meetings/task-reports/${reportId}/attachments`, [{ name: '积案台账.pdf', content: PDF }], '台账');
    expect(response.status).toBe(201);
    const [kept] = response.body;
    expect(kept).toMatchObject({
      fileName: '积案台账.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      description: '台账',
      downloadUrl: `/files/meetings/attachments/${kept.id}`,
    });
    const { rows } = await h.admin.query(`SELECT owner_kind, task_id, report_id, tenant_path::text FROM meetings.attachments WHERE id = $1`, [kept.id]);
    expect(rows).toEqual([{ owner_kind: 'TASK_REPORT', task_id: taskId, report_id: reportId, tenant_path: tree.pathOf('jiangan') }]);

    const { uploadedAt, ...shown } = kept;
    expect(new Date(uploadedAt).getTime()).not.toBeNaN();
    for (const [viewer, author] of [
      [as.city, false],
      [as.county, true],
    ] as const) {
      const seen = ok(await gql(h.server, TASK, { id: taskId }, viewer));
      expect(seen.task!.reports[0].attachments).toEqual([shown]);
      expect(seen.task!.reports[0].attachable).toBe(author);
    }
    const file = await download(as.city, kept.downloadUrl);
    expect(file.status).toBe(200);
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
    expect(file.headers['content-disposition']).toBe(`attachment; filename="attachment.pdf"; filename*=UTF-8''${encodeURIComponent('积案台账.pdf')}`);
    expect(file.headers['x-content-type-options']).toBe('nosniff');

    const sibling = await download(as.sibling, kept.downloadUrl);
    expect(sibling.status).toBe(404);
    expect(ok(await gql(h.server, TASK, { id: taskId }, as.sibling)).task).toBeNull();
  });

  it('keeps a feedback’s files from its author, seen by the issuer and never by a sibling, and none once the feedback is decided', async () => {
    const response = await upload(as.county, `/files/meetings/notice-feedback/${feedbackId}/attachments`, [{ name: '整改方案.pdf', content: PDF }]);
    expect(response.status).toBe(201);
    const [kept] = response.body;
    const seen = ok(await gql(h.server, NOTICE, { id: noticeId }, as.city));
    expect(seen.notice!.feedback[0].files).toEqual([{ id: kept.id, fileName: '整改方案.pdf', downloadUrl: kept.downloadUrl }]);
    expect(seen.notice!.feedback[0].attachable).toBe(false);
    expect(ok(await gql(h.server, NOTICE, { id: noticeId }, as.county)).notice!.feedback[0].attachable).toBe(true);
    expect((await download(as.city, kept.downloadUrl)).status).toBe(200);
    expect((await download(as.sibling, kept.downloadUrl)).status).toBe(404);

    const refusedSibling = await upload(as.sibling, `/files/meetings/notice-feedback/${feedbackId}/attachments`, [{ name: 'a.pdf', content: PDF }]);
    expect(refusedSibling.status).toBe(404);
    expect(refusedSibling.body).toEqual({ code: 'NOT_FOUND', message: '书面反馈不存在或不在本辖区内' });
    const notAuthor = await upload(as.countyLeader, `/files/meetings/notice-feedback/${feedbackId}/attachments`, [{ name: 'a.pdf', content: PDF }]);
    expect(notAuthor.status).toBe(403);
    expect(notAuthor.body.message).toBe('只有书面反馈的报送人可以上传其附件');

    const { version } = (await h.admin.query(`SELECT version FROM meetings.notices WHERE id = $1`, [noticeId])).rows[0];
    ok(await gql(h.server, ACCEPT, { input: { noticeId, version } }, as.city));
    const decided = await upload(as.county, `/files/meetings/notice-feedback/${feedbackId}/attachments`, [{ name: '补充.pdf', content: PDF }]);
    expect(decided.status).toBe(403);
    expect(decided.body.message).toBe('书面反馈已审核，不能再补充附件');
  });

  it('refuses without a token, a disguised file and another office’s report, keeping no row', async () => {
    const before = (await h.admin.query(`SELECT count(*)::int AS n FROM meetings.attachments`)).rows[0].n;
    const url = `/files/meetings/task-reports/${reportId}/attachments`;
    expect((await upload(null, url, [{ name: 'a.pdf', content: PDF }])).status).toBe(401);
    const disguised = await upload(as.county, url, [{ name: '台账.pdf', content: EXE }]);
    expect(disguised.status).toBe(415);
    expect(disguised.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await upload(as.sibling, url, [{ name: 'a.pdf', content: PDF }])).status).toBe(404);
    expect((await upload(as.city, url, [{ name: 'a.pdf', content: PDF }])).status).toBe(403);
    expect((await h.admin.query(`SELECT count(*)::int AS n FROM meetings.attachments`)).rows[0].n).toBe(before);
  });

  it('shows the files at the database exactly as their reports and feedback: the offices of the task, never a sibling nor a unit-scoped user', async () => {
    const seenBy = async (key: 'wuhan' | 'jiangan' | 'jianghan', scopeUnit: string | null = null): Promise<number> => {
      await h.admin.query('BEGIN');
      try {
        await h.admin.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
        await h.admin.query(
          `SELECT set_config('app.tenant_path', $1, true), set_config('app.user_id', $2, true), set_config('app.unit_id', $3, true), set_config('app.scope_unit', $3, true)`,
          [tree.pathOf(key), randomUUID(), scopeUnit ?? ''],
        );
        return (await h.admin.query(`SELECT count(*)::int AS n FROM meetings.attachments`)).rows[0].n;
      } finally {
        await h.admin.query('ROLLBACK');
      }
    };
    const all = (await h.admin.query(`SELECT count(*)::int AS n FROM meetings.attachments`)).rows[0].n;
    expect(all).toBe(2);
    expect(await seenBy('wuhan')).toBe(2);
    expect(await seenBy('jiangan')).toBe(2);
    expect(await seenBy('jianghan')).toBe(0);
    expect(await seenBy('jiangan', units['jiangan:住建局']!)).toBe(0);

    const [{ id }] = (await h.admin.query(`SELECT id FROM meetings.attachments WHERE owner_kind = 'TASK_REPORT'`)).rows;
    expect((await download(await h.tokenOf('jiangan', '住建局联络员'), `/files/meetings/attachments/${id}`)).status).toBe(404);
  });
});
