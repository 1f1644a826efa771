// A network's page of shared items behind a signed link (/network page):
// server-rendered HTML, the items grouped by theme and language, in the
// reader's language and direction. No script, no external resource (no CDN),
// the same style and headers as the report page. What to show comes from the
// network feature (features/network/web.ts), handed in by the wiring; a link
// that is not valid (expired, revoked, tampered, another network's) gets a
// 403 page in the reader's language, a path without a token a 404 one.
// Items keep their own direction (<bdi>): an English item reads left to
// right on an Arabic page.

import type { Context, Hono } from 'hono';
import { html, raw } from 'hono/html';
import type { NetworkPageRefusal, NetworkPageView, NetworkWeb } from '../features/network/web.ts';
import { PAGE_STYLE, SECURITY_HEADERS } from './report-page.ts';

const ITEM_STYLE = `
.groups>section>ul{padding-inline-start:1.2rem}
.groups li{margin:.5rem 0}.by{color:#555;font-size:.9rem}
`;

function shell(page: { lang: string; dir: string; title: string }, body: ReturnType<typeof html>) {
  return html`<!doctype html>
<html lang="${page.lang}" dir="${page.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title><style>${raw(PAGE_STYLE + ITEM_STYLE)}</style></head>
<body>
${body}
</body></html>`;
}

function view(page: NetworkPageView) {
  return shell(
    page,
    html`<h1>${page.heading}</h1>
<p>${page.intro}</p>
${page.nothing ? html`<p>${page.nothing}</p>` : ''}
<div class="groups">${page.groups.map(
      (g) => html`<section><h2>${g.heading}</h2>
<ul>${g.items.map((item) => html`<li><bdi class="text">${item.text}</bdi> <span class="by">(<bdi>${item.by}</bdi>)</span></li>`)}</ul>
</section>`,
    )}</div>
<footer>${page.footer}</footer>`,
  );
}

function refused(c: Context, refusal: NetworkPageRefusal, status: 403 | 404) {
  return c.html(shell(refusal, html`<h1>${refusal.heading}</h1><p>${refusal.text}</p>`), status, SECURITY_HEADERS);
}

/** GET /n/:network/:token (the page); /n/:network alone is a 404 page. */
export function mountNetworkPage(app: Hono, web: NetworkWeb): void {
  app.get('/n/:network/:token', async (c) => {
    const { network, token } = c.req.param();
    const page = await web.page(network, token);
    if (!page) return refused(c, web.refusal(token, c.req.header('accept-language')), 403);
    return c.html(view(page), 200, SECURITY_HEADERS);
  });
  app.get('/n/:network', (c) => refused(c, web.refusal('', c.req.header('accept-language')), 404));
}
