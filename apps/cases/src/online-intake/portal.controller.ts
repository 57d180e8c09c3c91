import { Controller, Get, Logger, Param, Post, Req, Res } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { TokenService } from '#common/auth';
import { AppError, notFound, validation } from '#common/errors';
import { receiveMultipart } from '#common/files';
import { attachmentDisposition, buildRequestContext, inputValidationPipe, sendDownloadRefusal } from '#common/graphql';
import { LifecycleService } from '../cases/lifecycle.service.js';
import { OnlineIntakeService, MAX_PORTAL_FILES, type PortalCaller } from './online-intake.service.js';
import { OnlineIntakeQueriesService } from './online-intake-queries.service.js';
import { PortalThrottle } from './portal-throttle.js';
import { RateBody, RateByTokenBody, StatusBody, SubmitPetitionBody } from './dto/portal.inputs.js';

/**
 * The public 网上信访 API under `/portal/api` (the gateway forwards it with the caller's signed
 * address; no token). Every refusal is JSON `{code, message}` with its status, Chinese, never a
 * stack; a matter is shown only to whoever holds both its query code and the ID number's tail.
 */
@Controller('portal/api')
export class PortalController {
  private readonly logger = new Logger('Portal');

  constructor(
    private readonly tokens: TokenService,
    private readonly service: OnlineIntakeService,
    private readonly queries: OnlineIntakeQueriesService,
    private readonly lifecycle: LifecycleService,
    private readonly throttle: PortalThrottle,
  ) {}

  @Get('places')
  places(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.answer(req, res, 200, async () => ({ places: await this.queries.offices() }));
  }

  @Get('captcha')
  captcha(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.answer(req, res, 200, () => this.throttle.newCaptcha());
  }

  @Post('submissions')
  submit(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.answer(req, res, 201, async (caller) => {
      const upload = await receiveMultipart(req, res, { maxFiles: MAX_PORTAL_FILES, maxFileBytes: this.service.maxFileBytes, fileFields: ['files'] });
      const petition = await body(parseJson(upload.fields.petition), SubmitPetitionBody);
      return this.service.submit(caller, petition, upload.files);
    });
  }

  @Post('status')
  status(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.answer(req, res, 200, async (caller) => this.queries.status(caller, await body(req.body, StatusBody)));
  }

  /** An instrument listed on the status page, as its DOCX: a POST, so that the secrets stay out of addresses and logs. */
  @Post('instruments/:id')
  async instrument(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.set('Cache-Control', 'no-store');
    try {
      const { clientAddress, requestId } = await buildRequestContext(this.tokens, req);
      res.set('X-Request-Id', requestId);
      const secrets = await body(req.body, StatusBody);
      if (!isUUID(id)) throw notFound('文书');
      const file = await this.queries.instrument({ address: clientAddress, requestId }, secrets, id);
      res.set({
        'Content-Type': file.mediaType,
        'Content-Disposition': attachmentDisposition(file.asciiFileName, file.fileName),
        'X-Content-Type-Options': 'nosniff',
      });
      res.status(200).send(file.content);
    } catch (error) {
      this.refuse(res, error);
    }
  }

  @Post('rate')
  rate(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.answer(req, res, 200, async (caller) => {
      const input = await body(req.body, RateBody);
      await this.service.rate(caller, input, input.rating);
      return { rated: true };
    });
  }

  @Post('rate-by-token')
  rateByToken(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.answer(req, res, 200, async (caller) => {
      const input = await body(req.body, RateByTokenBody);
      await this.lifecycle.rateByToken(input, caller.requestId);
      return { rated: true };
    });
  }

  private async answer(req: Request, res: Response, status: number, work: (caller: PortalCaller) => Promise<unknown>): Promise<void> {
    res.set('Cache-Control', 'no-store');
    try {
      const { clientAddress, requestId } = await buildRequestContext(this.tokens, req);
      res.set('X-Request-Id', requestId);
      res.status(status).json(await work({ address: clientAddress, requestId }));
    } catch (error) {
      this.refuse(res, error);
    }
  }

  private refuse(res: Response, error: unknown): void {
    const retry = error instanceof AppError ? (error.extensions.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds : undefined;
    if (retry) res.set('Retry-After', String(retry));
    sendDownloadRefusal(res, error, this.logger);
  }
}

function parseJson(raw: string | undefined): unknown {
  try {
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
}

/** A JSON body checked by the same validation as GraphQL inputs (Chinese messages). */
async function body<T extends object>(value: unknown, type: new () => T): Promise<T> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw validation('请求内容应为 JSON 对象');
  return (await inputValidationPipe().transform(value, { type: 'body', metatype: type })) as T;
}
