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

/** What the login form sends: the page performs exactly this request (tests replay it). */
export const LOGIN_MUTATION = 'mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { accessToken } }';

const DEFAULT_QUERY = `# 已用登录表单取得的令牌填入 Headers；文档（Docs）与自动补全按本账号可用的接口加载。
query Me {
  me {
    username
    roles
    tenant { name level }
  }
}
`;

// The token lives in sessionStorage: gone with the tab, never written to disk by GraphiQL
// (shouldPersistHeaders is off).
const SCRIPT = `
(function () {
  var TOKEN_KEY = 'petition.graphiql.token';
  var USER_KEY = 'petition.graphiql.username';
  var LOGIN_MUTATION = ${JSON.stringify(LOGIN_MUTATION)};
  var DEFAULT_QUERY = ${JSON.stringify(DEFAULT_QUERY)};
  var form = document.getElementById('login');
  var message = document.getElementById('login-message');
  var ide = document.getElementById('ide');
  var who = document.getElementById('who');
  var root = null;

  function showLogin(text) {
    if (root) { root.unmount(); root = null; }
    sessionStorage.removeItem(TOKEN_KEY);
    ide.hidden = true;
    form.hidden = false;
    message.textContent = text || '';
    form.elements.username.focus();
  }

  function isUnauthenticated(result) {
    return !!(result && result.errors && result.errors.some(function (e) { return e.extensions && e.extensions.code === 'UNAUTHENTICATED'; }));
  }

  function startIde(token, username) {
    form.hidden = true;
    ide.hidden = false;
    who.textContent = username;
    var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    // An expired or revoked token brings the login form back instead of an error in the result pane.
    var checked = function (params, options) {
      return Promise.resolve(fetcher(params, options)).then(function (result) {
        if (isUnauthenticated(result)) showLogin('登录已失效，请重新登录');
        return result;
      });
    };
    root = ReactDOM.createRoot(document.getElementById('graphiql'));
    root.render(React.createElement(GraphiQL, {
      fetcher: checked,
      defaultQuery: DEFAULT_QUERY,
      headers: JSON.stringify({ Authorization: 'Bearer ' + token }, null, 2),
      shouldPersistHeaders: false,
    }));
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    message.textContent = '正在登录……';
    var variables = { username: form.elements.username.value, password: form.elements.password.value };
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN_MUTATION, variables: variables }),
    })
      .then(function (response) { return response.json(); })
      .then(function (result) {
        var login = result.data && result.data.login;
        if (!login) {
          message.textContent = (result.errors && result.errors[0] && result.errors[0].message) || '登录失败';
          return;
        }
        form.elements.password.value = '';
        sessionStorage.setItem(TOKEN_KEY, login.accessToken);
        sessionStorage.setItem(USER_KEY, variables.username);
        startIde(login.accessToken, variables.username);
      })
      .catch(function () { message.textContent = '无法连接服务器，请稍后重试'; });
  });

  document.getElementById('logout').addEventListener('click', function (event) {
    event.preventDefault();
    showLogin('');
  });

  var stored = sessionStorage.getItem(TOKEN_KEY);
  if (stored) startIde(stored, sessionStorage.getItem(USER_KEY) || '');
  else showLogin('');
})();
`;

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>信访工作平台 · GraphiQL</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.min.css">
<style>
  html, body { height: 100%; margin: 0; font-family: sans-serif; }
  #ide { height: 100%; display: flex; flex-direction: column; }
  #ide[hidden], #login[hidden] { display: none; }
  #bar { padding: 4px 12px; font-size: 13px; border-bottom: 1px solid #ddd; }
  #graphiql { flex: 1; min-height: 0; }
  #login { max-width: 320px; margin: 12vh auto; display: flex; flex-direction: column; gap: 10px; }
  #login input, #login button { font-size: 15px; padding: 6px 8px; }
  #login-message { color: #b00; min-height: 1.2em; }
</style>
</head>
<body>
<form id="login" hidden autocomplete="on">
  <h2>信访工作平台 · GraphQL 调试台</h2>
  <p>请先登录。登录后将按本账号的权限加载接口文档。</p>
  <label>用户名 <input name="username" autocomplete="username" required></label>
  <label>密码 <input name="password" type="password" autocomplete="current-password" required></label>
  <button type="submit">登录</button>
  <div id="login-message" role="alert"></div>
</form>
<div id="ide" hidden>
  <div id="bar">当前用户：<span id="who"></span> · <a href="#" id="logout">退出 / 切换用户</a></div>
  <div id="graphiql"></div>
</div>
<script src="/graphiql/assets/react.production.min.js"></script>
<script src="/graphiql/assets/react-dom.production.min.js"></script>
<script src="/graphiql/assets/graphiql.min.js"></script>
<script>${SCRIPT}</script>
</body>
</html>
`;

/**
 * `GET /graphiql`: a login form, then a GraphQL IDE pointed at `/graphql` with the token in its
 * headers, so the schema (refused without a token) loads on the first visit. Apollo Server's CDN
 * landing page is off.
 */
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
