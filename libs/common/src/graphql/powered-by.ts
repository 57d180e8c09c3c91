import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';

/**
 * Drops Express's `X-Powered-By` header from every response of the HTTP process: naming the
 * framework only helps someone looking for known weaknesses.
 */
@Injectable()
export class HidePoweredByHeader implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const app: { disable?: (setting: string) => unknown } | undefined = this.adapterHost.httpAdapter?.getInstance();
    app?.disable?.('x-powered-by');
  }
}
