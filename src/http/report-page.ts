// The coordinators' report page behind a signed link (/report web): server-
// rendered HTML with the charts as inline SVG, the tables, download links and
// the audit log. No script, no external resource (no CDN): it works without
// JavaScript and behind strict networks. What to show comes from the reports
// feature (features/reports/web.ts), handed in by the wiring; an invalid link
// (expired, revoked, tampered, another cohort's) gets a plain 403 page.

import { Readable } from 'node:stream';
import type { Hono } from 'hono';
import { html, raw } from 'hono/html';
import type { ReportPage, ReportPageHead, ReportPageView, ReportWeb } from '../features/reports/web.ts';

// Phone first: nothing wider than the screen; wide tables scroll inside their box.
export const PAGE_STYLE = `
*{box-sizing:border-box}
body{font-family:system-ui,"Noto Sans","Noto Sans Arabic",sans-serif;margin:0 auto;padding:1rem;max-width:60rem;line-height:1.5;color:#1a1a1a;overflow-wrap:anywhere}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
figure{margin:0}svg{max-width:100%;height:auto}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:start}
th{background:#f0f0f0}
footer{margin-top:2rem;color:#555;font-size:.9rem}
`;

export const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex',
  // Inline SVG and this page's own style only: no script runs, nothing is fetched from elsewhere.
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'",
};

function table(columns: readonly string[], rows: readonly (readonly string[])[]) {
  return html`<div class="scroll"><table>
<thead><tr>${columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
</table></div>`;
}

/** The head goes out as soon as the link is checked; the report (database reads, charts) follows. */
function head(page: ReportPageHead) {
  return html`<!doctype html>
<html lang="${page.lang}" dir="${page.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title><style>${raw(PAGE_STYLE)}</style></head>
<body>
`;
}

function body(view: ReportPageView, base: string) {
  return html`<h1>${view.heading}</h1>
${view.nothing ? html`<p>${view.nothing}</p>` : ''}
${view.sections.map(
  (s) => html`<section id="${s.id}"><h2>${s.title}</h2>
${s.svg ? html`<figure role="img" aria-label="${s.title}">${raw(s.svg)}</figure>` : ''}
<ul>${s.summary.map((line) => html`<li>${line}</li>`)}</ul>
${s.tables.map((t) => table(t.header, t.rows))}
</section>`,
)}
<section id="downloads"><h2>${view.downloadsHeading}</h2>
<ul>${view.downloads.map((d) => html`<li><a href="${base}/${d.file}" download>${d.label}</a></li>`)}</ul></section>
<section id="audit"><h2>${view.auditHeading}</h2>
${
  view.audit.length === 0
    ? html`<p>${view.auditEmpty}</p>`
    : table(
        view.auditColumns,
        view.audit.map((r) => [r.when, r.who, r.action, r.details]),
      )
}
</section>
<footer>${view.footer}</footer>
</body></html>`;
}

/**
 * The page as a stream: the head at once (the browser has the title and the
 * style while the report is made: the first byte does not wait for a
 * two-year cohort's database reads and charts), then the body. A failure
 * after the head ends the page with a short localized line.
 */
function streamed(page: ReportPage, base: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(String(await head(page))));
      let rest: string;
      try {
        rest = String(await body(await page.view(), base));
      } catch {
        rest = String(await html`<p>${page.failed}</p></body></html>`);
      }
      controller.enqueue(encoder.encode(rest));
      controller.close();
    },
  });
}

const FORBIDDEN = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>403 Forbidden</title></head>
<body><h1>403 Forbidden</h1><p>This report link is not valid: it expired, was revoked, or was changed.
Ask the bot for a new one with /report web.</p></body></html>`;

/** GET /r/:cohort/:token (the page) and /r/:cohort/:token/:file (its downloads). */
export function mountReportPage(app: Hono, web: ReportWeb): void {
  app.get('/r/:cohort/:token', async (c) => {
    const { cohort, token } = c.req.param();
    const page = await web.page(cohort, token);
    if (!page) return c.html(FORBIDDEN, 403, SECURITY_HEADERS);
    const base = `/r/${encodeURIComponent(cohort)}/${encodeURIComponent(token)}`;
    return c.body(streamed(page, base), 200, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=UTF-8' });
  });

  app.get('/r/:cohort/:token/:file', async (c) => {
    const { cohort, token, file } = c.req.param();
    const found = await web.file(cohort, token, file);
    if (!found) return c.html(FORBIDDEN, 403, SECURITY_HEADERS);
    const headers = {
      ...SECURITY_HEADERS,
      'content-type': found.mimeType,
      'content-disposition': `attachment; filename="${found.fileName.replace(/[^\w.-]/g, '_')}"`,
    };
    // A big CSV streams from the database to the socket (constant memory).
    const body = Buffer.isBuffer(found.body)
      ? new Uint8Array(found.body)
      : (Readable.toWeb(found.body) as unknown as ReadableStream<Uint8Array>);
    return c.body(body, 200, headers);
  });
}
