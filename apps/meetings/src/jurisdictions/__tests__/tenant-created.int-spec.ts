import { describeTenantCreatedConsumer } from '#test/helpers/tenant-created-consumer.js';
import { MeetingsWorkerModule } from '../../meetings-worker.module.js';

describeTenantCreatedConsumer('meetings', (options) => MeetingsWorkerModule.forRoot(options));
