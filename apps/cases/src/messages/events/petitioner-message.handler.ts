import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type EventEnvelope, HandlesEvent } from '#common/events';
import type { PetitionerMessagePayload } from '../messages.service.js';
import { PetitionerMessagesQueue } from '../queues/petitioner-messages.queue.js';

/** `petitioner.message`: the messages a step (or a resend) wrote go on the send queue, one job each, sent for the event's office. */
@Injectable()
export class PetitionerMessageHandler {
  constructor(private readonly queue: PetitionerMessagesQueue) {}

  @HandlesEvent('petitioner.message')
  async onPetitionerMessage(_em: EntityManager, event: EventEnvelope<PetitionerMessagePayload>): Promise<void> {
    await this.queue.enqueue(event, event.payload.messageIds);
  }
}
