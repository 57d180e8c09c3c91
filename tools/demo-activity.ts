// `npm run up` runs this once the gateway answers: the demo province's conferences, meetings,
// tasks and a published assessment, made through the API (tools/demo/demo-activity.ts).
import { exitOnConfigError, loadConfig } from '#common/config';
import { clockFrom } from '#common/platform';
import { DEMO_PASSWORD } from '../apps/cases/src/seed/demo-province.js';
import { DemoActivity } from './demo/demo-activity.js';
import { GatewayClient } from './demo/gateway-client.js';

exitOnConfigError();
const gatewayUrl = process.env.GATEWAY_URL ?? `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}`;
const today = clockFrom(loadConfig()).today();
const summary = await new DemoActivity(new GatewayClient(gatewayUrl, DEMO_PASSWORD), today).run();
console.log(
  summary
    ? `demo activity: ${summary.conferences} conferences, ${summary.meetings} meetings, ${summary.tasks} tasks, ${summary.schemes} published scheme`
    : 'demo activity: already there, nothing to add',
);
