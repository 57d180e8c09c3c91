import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';

/** Paths the console never answers: the API, the IDE, the session, downloads, health, metrics and the citizens' portal. */
const OTHER_ROUTES = ['/graphql', '/graphiql', '/session', '/health', '/metrics', '/portal', '/queues', '/exports', '/files'];
const ASSETS = '/assets/';

/** Vite names every file under assets/ by its content hash: a changed file gets a new name. */
const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** index.html names the current assets, so the browser asks again on every load. */
const NO_CACHE = 'no-cache';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>信访工作平台</title></head>
<body>
<h1>工作台尚未构建</h1>
<p>请在项目目录运行 <code>npm run build:console</code>，完成后刷新本页。GraphQL 调试台仍可在 <a href="/graphiql">/graphiql</a> 使用。</p>
</body>
</html>
`;

const PORTAL_NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>网上信访</title></head>
<body>
<h1>网上信访页面尚未构建</h1>
<p>请在项目目录运行 <code>npm run build:portal</code>，完成后刷新本页。</p>
</body>
</html>
`;

const isUnder = (pathname: string, route: string) => pathname === route || pathname.startsWith(`${route}/`);

/**
 * Security headers of the console's responses. Scripts, styles, fonts and images come from the
 * console's own origin only (it must work on a closed network, and nothing injected into a page
 * can load code from elsewhere). Ant Design writes its styles at run time, so inline styles are
 * allowed, never inline scripts. No page may frame the console (clickjacking).
 * HSTS is left to the TLS-terminating proxy, which knows whether the site is served over https.
 */
export const consoleSecurityHeaders: RequestHandler = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  strictTransportSecurity: false,
  xFrameOptions: { action: 'deny' },
  referrerPolicy: { policy: 'same-origin' },
});

/**
 * Serves the built console at `/`: its files, and for any other page address a browser opens
 * (a deep link such as /cases/123) index.html, so the console's router shows that page. While
 * the console is not built, those addresses answer a short page saying how to build it.
 */
export function consoleFiles(dir: string): RequestHandler {
  return singlePageApp(dir, OTHER_ROUTES, NOT_BUILT_PAGE);
}

/**
 * Serves the citizens' portal (网上信访) at `/portal` as the console is served at `/`, with the same
 * headers; `/portal/api` is left to the forwarding to the cases service.
 */
export function portalFiles(dir: string): RequestHandler {
  return express.Router().use('/portal', singlePageApp(dir, ['/api'], PORTAL_NOT_BUILT_PAGE));
}

/** A built single-page app: its files, and index.html for the addresses of its pages; `skip` is left to others. */
function singlePageApp(dir: string, skip: readonly string[], notBuiltPage: string): RequestHandler {
  const index = path.join(dir, 'index.html');
  const files = express.static(dir, {
    index: false,
    redirect: false,
    cacheControl: false,
    setHeaders: (res, file) => {
      res.setHeader('Cache-Control', path.relative(dir, file).startsWith(`assets${path.sep}`) ? HASHED_ASSET_CACHE : NO_CACHE);
    },
  });

  const page = (_req: Request, res: Response, next: NextFunction) => {
    if (!existsSync(index)) {
      res.status(503).set('Cache-Control', 'no-store').type('html').send(notBuiltPage);
      return;
    }
    res.sendFile(index, { cacheControl: false, headers: { 'Cache-Control': NO_CACHE } }, (error) => error && next(error));
  };

  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (skip.some((route) => isUnder(req.path, route))) return next();
    consoleSecurityHeaders(req, res, (error?: unknown) => {
      if (error) return next(error);
      // A missing hashed asset is a 404, never the page: a script answered with HTML breaks obscurely.
      if (req.path.startsWith(ASSETS)) return files(req, res, next);
      if (req.path === '/' || req.path === '/index.html') return page(req, res, next);
      files(req, res, () => ((req.headers.accept ?? '').includes('text/html') ? page(req, res, next) : next()));
    });
  };
}
