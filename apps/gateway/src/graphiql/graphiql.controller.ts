import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** The IDE's files, served from the installed packages so the page works without network. */
const ASSETS: Readonly<Record<string, string>> = {
  'react.production.min.js': path.join(packageDir('react'), 'umd', 'react.production.min.js'),
  'react-dom.production.min.js': path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
  'graphiql.min.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.min.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
};

const DEFAULT_QUERY = `# 先登录取得访问令牌，再把令牌粘贴到下方 Headers 中 "Bearer " 之后。
mutation Login {
  login(username: "", password: "") {
    accessToken
    expiresIn
  }
}
`;

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>信访工作平台 · GraphiQL</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">正在加载……</div>
<script src="/graphiql/assets/react.production.min.js"></script>
<script src="/graphiql/assets/react-dom.production.min.js"></script>
<script src="/graphiql/assets/graphiql.min.js"></script>
<script>
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: GraphiQL.createFetcher({ url: '/graphql' }),
      defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
      defaultHeaders: ${JSON.stringify(JSON.stringify({ Authorization: 'Bearer ' }, null, 2))},
      defaultEditorToolsVisibility: 'headers',
    }),
  );
</script>
</body>
</html>
`;

/** `GET /graphiql`: a GraphQL IDE pointed at `/graphql`. Apollo Server's CDN landing page is off. */
@Controller('graphiql')
export class GraphiQLController {
  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  page(): string {
    return PAGE;
  }

  @Get('assets/:name')
  asset(@Param('name') name: string, @Res() res: Response): void {
    const file = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!file) throw new NotFoundException();
    res.sendFile(file, { maxAge: '1d' });
  }
}
