import { describeTenantCreatedConsumer } from '#test/helpers/tenant-created-consumer.js';
import { AssessmentWorkerModule } from '../../assessment-worker.module.js';

describeTenantCreatedConsumer('assessment', (options) => AssessmentWorkerModule.forRoot(options));
