import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
// A dev tool's dependency (GraphQL Code Generator, Vite): only this test reads YAML.
import { parse } from 'yaml';
import { metricsRegistry, startProcessMetrics } from '../index.js';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

interface ComposeService {
  command?: string[] | string;
  ports?: string[];
  environment?: Record<string, string | number>;
  profiles?: string[];
  healthcheck?: Record<string, unknown>;
}
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, ComposeService> };
const dashboard = JSON.parse(read('deploy/grafana/petition-dashboard.json')) as {
  panels: { title: string; targets: { expr: string }[] }[];
};
const prometheus = parse(read('deploy/prometheus.yml')) as { scrape_configs: { job_name: string; static_configs: { targets: string[] }[] }[] };

/** The services running one of the processes, with the port its environment gives it. */
const PROCESSES = {
  gateway: 'GATEWAY_PORT',
  cases: 'CASES_PORT',
  meetings: 'MEETINGS_PORT',
  assessment: 'ASSESSMENT_PORT',
  'cases-worker': 'CASES_WORKER_PORT',
  'meetings-worker': 'MEETINGS_WORKER_PORT',
  'assessment-worker': 'ASSESSMENT_WORKER_PORT',
} as const;
const portOf = (service: keyof typeof PROCESSES) => Number(compose.services[service].environment![PROCESSES[service]]);

/** Metric names in a PromQL expression (ours and Node's), as registered: without a histogram's suffixes. */
function metricNames(expr: string): string[] {
  return [...expr.matchAll(/\b(?:petition|process|nodejs)_[a-z0-9_]+/g)].map(([name]) => name.replace(/_(bucket|count|sum)$/, ''));
}

describe('docker-compose.yml', () => {
  it('runs every process from an entry point the build emits', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      const command = [service.command ?? []].flat().join(' ');
      for (const [, entry] of command.matchAll(/dist\/((?:apps|tools)\/\S+)\.js/g)) {
        expect([name, existsSync(path.join(ROOT, `${entry}.ts`))]).toEqual([name, true]);
      }
    }
  });

  it('publishes the gateway to the network, and the subgraphs and workers on loopback at their own ports', () => {
    expect(compose.services.gateway.ports).toEqual([`${portOf('gateway')}:${portOf('gateway')}`]);
    for (const service of ['cases', 'meetings', 'assessment', 'cases-worker', 'meetings-worker', 'assessment-worker'] as const) {
      expect([service, compose.services[service].ports]).toEqual([service, [`127.0.0.1:${portOf(service)}:${portOf(service)}`]]);
    }
  });

  it('gives the workers the README’s default ports (the gateway’s + 11, + 12, + 13), and every process a health check', () => {
    expect([portOf('cases-worker'), portOf('meetings-worker'), portOf('assessment-worker')]).toEqual([11, 12, 13].map((n) => portOf('gateway') + n));
    for (const service of Object.keys(PROCESSES)) expect([service, compose.services[service].healthcheck]).toEqual([service, expect.any(Object)]);
  });

  it('agrees with the README: every published port of a process is named there', () => {
    const readme = read('README.md');
    for (const service of Object.keys(PROCESSES) as (keyof typeof PROCESSES)[]) {
      expect([service, readme.includes(`:${portOf(service)}`)]).toEqual([service, true]);
      expect(readme).toContain(PROCESSES[service]);
    }
  });

  it('has Prometheus scrape every process at its port, by its service name', () => {
    const targets = prometheus.scrape_configs.flatMap((job) => job.static_configs.flatMap((config) => config.targets));
    expect(targets.sort()).toEqual(
      Object.keys(PROCESSES)
        .map((service) => `${service}:${portOf(service as keyof typeof PROCESSES)}`)
        .sort(),
    );
  });
});

describe('the Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('copies into the image what the processes read at run time, and no sources, tests or benchmarks', () => {
    const copied = [...dockerfile.matchAll(/^COPY --from=build \/app\/(\S+)/gm)].map(([, from]) => from);
    expect(copied.sort()).toEqual(['apps/console/dist', 'apps/gateway/supergraph.graphql', 'apps/portal/dist', 'dist'].sort());
    const final = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(final).not.toMatch(/^COPY (\.|apps|libs|test|bench)\b/m);
    expect(final).toMatch(/^HEALTHCHECK .*CMD \["node", "deploy\/healthcheck\.mjs"\]$/m);
  });
});

describe('the Grafana dashboard', () => {
  startProcessMetrics('dashboard-check');
  const registered = new Set(metricsRegistry.getMetricsAsArray().map((metric) => metric.name));

  it('queries in every panel only metrics the code registers', () => {
    for (const panel of dashboard.panels) {
      const names = panel.targets.flatMap((target) => metricNames(target.expr));
      expect([panel.title, names.length > 0]).toEqual([panel.title, true]);
      for (const name of names) expect([panel.title, name, registered.has(name)]).toEqual([panel.title, name, true]);
    }
  });

  it('shows every metric of ours somewhere', () => {
    const shown = new Set(dashboard.panels.flatMap((panel) => panel.targets.flatMap((target) => metricNames(target.expr))));
    expect([...registered].filter((name) => name.startsWith('petition_') && !shown.has(name))).toEqual([]);
  });
});
