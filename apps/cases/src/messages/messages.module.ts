import { Module, type DynamicModule } from '@nestjs/common';
import { PiiCipher } from '#common/pii';
import { MessagesStore } from './messages.store.js';
import { MessagesService } from './messages.service.js';
import { MessageQueriesService } from './message-queries.service.js';
import { MessageSending } from './message-sending.service.js';
import { CaseMessagesResolver, MessagesResolver } from './messages.resolver.js';
import { PetitionerMessageHandler } from './events/petitioner-message.handler.js';
import { PetitionerMessagesQueue } from './queues/petitioner-messages.queue.js';
import { MESSAGE_WORKER_OPTIONS, PetitionerMessagesProcessor } from './queues/petitioner-messages.processor.js';
import { MESSAGE_CONFIG, loadMessageConfig, requireSenderConfig, type MessageConfig } from './providers/message-config.js';
import { MESSAGE_PROVIDER, type MessageProvider } from './providers/message-provider.js';
import { HttpGatewayProvider } from './providers/http-gateway.provider.js';
import { DevSinkProvider } from './providers/dev-sink.provider.js';
import { ChannelRouter } from './providers/channel-router.provider.js';

/** What the steps need to write messages: the store, the service and the settings. */
@Module({
  providers: [{ provide: MESSAGE_CONFIG, useFactory: () => loadMessageConfig() }, MessagesStore, MessagesService],
  exports: [MESSAGE_CONFIG, MessagesStore, MessagesService],
})
export class MessagesCoreModule {}

/** The worker's settings beyond the environment (tests: their own provider, short backoff). */
export interface MessageWorkerSettings {
  autoStart?: boolean;
  provider?: MessageProvider;
  config?: Partial<MessageConfig>;
}

/** The gateways configured, each channel through its own; the development sink where none is. */
export function providerFor(config: MessageConfig): MessageProvider {
  const sink = new DevSinkProvider();
  return new ChannelRouter({
    SMS: config.sms ? new HttpGatewayProvider('SMS_GATEWAY', config.sms, config.timeoutMs) : sink,
    EMAIL: config.mail ? new HttpGatewayProvider('MAIL_GATEWAY', config.mail, config.timeoutMs) : sink,
  });
}

const WORKER_PROVIDERS = [MessagesStore, PiiCipher, MessageSending, PetitionerMessagesQueue, PetitionerMessageHandler, PetitionerMessagesProcessor];

/** Messages to petitioners (短信/邮件通知) in the HTTP process: written by the steps, read and sent again by staff. */
@Module({
  imports: [MessagesCoreModule],
  providers: [MessageQueriesService, MessagesResolver, CaseMessagesResolver],
})
export class MessagesModule {}

/** The cases worker's sender: the `petitioner-messages` queue, filled from `petitioner.message`, sent through the configured provider. */
@Module({})
export class MessagesWorkerModule {
  static forRoot(settings: MessageWorkerSettings = {}): DynamicModule {
    // Checked here, as the process starts, so that a deployment without a gateway stops with one line.
    const config = requireSenderConfig({ ...loadMessageConfig(), ...settings.config });
    return {
      module: MessagesWorkerModule,
      providers: [
        { provide: MESSAGE_WORKER_OPTIONS, useValue: { autoStart: settings.autoStart } },
        { provide: MESSAGE_CONFIG, useValue: config },
        { provide: MESSAGE_PROVIDER, useValue: settings.provider ?? providerFor(config) },
        ...WORKER_PROVIDERS,
      ],
      exports: WORKER_PROVIDERS,
    };
  }
}
