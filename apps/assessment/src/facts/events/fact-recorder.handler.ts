import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#common/clock';
import { type EventEnvelope, HandlesEvent, HandlesEvents } from '#common/events';
import { JurisdictionStore } from '../../jurisdictions/jurisdiction.store.js';
import {
  type CaseFactEvent,
  type ConferenceEstablishedEvent,
  type MeetingHeldEvent,
  type NoticeFactEvent,
  type TaskFactEvent,
  caseFactRow,
  noticeFactRow,
  taskFactRow,
} from '../domain/fact-rows.js';
import { FactStore } from '../fact.store.js';

/**
 * Keeps the facts from the fact events, each batch in one statement per table (see `FactStore`):
 * an event of the row's own version rewrites it, so a replay (see `rebuildFacts`) repairs a row
 * that went astray, and a redelivery writes what is there already.
 */
@Injectable()
export class FactRecorder {
  constructor(
    private readonly facts: FactStore,
    private readonly jurisdictions: JurisdictionStore,
    private readonly clock: Clock,
  ) {}

  @HandlesEvents('case.transitioned')
  caseTransitioned(em: EntityManager, events: readonly EventEnvelope<CaseFactEvent>[]): Promise<void> {
    return this.facts.upsertCases(
      em,
      events.map((e) => caseFactRow(e.payload)),
      this.clock.now(),
    );
  }

  @HandlesEvents('supervision.notice')
  noticeChanged(em: EntityManager, events: readonly EventEnvelope<NoticeFactEvent>[]): Promise<void> {
    return this.facts.upsertNotices(
      em,
      events.map((e) => noticeFactRow(e.payload)),
      this.clock.now(),
    );
  }

  @HandlesEvents('task.transitioned')
  taskTransitioned(em: EntityManager, events: readonly EventEnvelope<TaskFactEvent>[]): Promise<void> {
    const rows = events.map((e) => taskFactRow(e.payload, e)).filter((row) => row !== null);
    return this.facts.upsertTasks(em, rows, this.clock.now());
  }

  @HandlesEvent('meeting.held')
  meetingHeld(em: EntityManager, event: EventEnvelope<MeetingHeldEvent>): Promise<void> {
    const m = event.payload;
    return this.facts.recordMeeting(
      em,
      {
        meetingId: m.meetingId,
        tenantId: event.tenantId,
        tenantPath: event.tenantPath,
        kind: m.kind,
        heldOn: m.date,
        decisions: m.decisions,
        present: m.present,
        attendees: m.attendees,
      },
      this.clock.now(),
    );
  }

  @HandlesEvent('conference.established')
  conferenceEstablished(em: EntityManager, event: EventEnvelope<ConferenceEstablishedEvent>): Promise<void> {
    return this.jurisdictions.recordConference(em, event.payload.tenantId, event.payload.establishedOn);
  }
}
