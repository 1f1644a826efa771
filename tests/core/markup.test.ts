import { describe, expect, it } from 'vitest';
import { fakeCapabilities } from '../../adapters/fake/adapter.ts';
import { fitMessage, splitText } from '../../src/core/fit.ts';
import { cleanList, cleanUserText, escapeHtml, htmlToPlain } from '../../src/core/markup.ts';

const name = { maxLength: 80, field: 'field-cohort-name' };

describe('user text', () => {
  it('strips bidi overrides, zero-width and control characters but keeps joiners scripts need', () => {
    expect(cleanUserText('evil\u202Egnp.exe', name)).toBe('evilgnp.exe');
    expect(cleanUserText('A\u200Bda\u0007  Love\nlace', name)).toBe('Ada Love lace');
    expect(cleanUserText('می\u200Cخواهم', name)).toBe('می\u200Cخواهم');
    expect(cleanUserText('👩\u200D💻', name)).toBe('👩\u200D💻');
  });

  it('refuses text with nothing visible, and text over the limit, instead of truncating', () => {
    expect(() => cleanUserText('\u200B\u200B \u202E', name)).toThrow(
      expect.objectContaining({ messageId: 'error-text-empty' }),
    );
    expect(() => cleanUserText('x'.repeat(10_000), name)).toThrow(
      expect.objectContaining({
        messageId: 'error-text-too-long',
        args: expect.objectContaining({ max: 80, length: 10_000 }),
      }),
    );
  });

  it('keeps line breaks in free text only when asked', () => {
    expect(cleanUserText('a\n\n\n\nb', { ...name, multiline: true })).toBe('a\n\nb');
    expect(cleanUserText('a\nb', name)).toBe('a b');
  });

  it('splits lists and drops case-insensitive duplicates', () => {
    expect(cleanList('editing, Photos;editing\nphotos', { ...name, maxItems: 5 })).toEqual(['editing', 'Photos']);
    expect(() => cleanList('a,b,c', { ...name, maxItems: 2 })).toThrow(
      expect.objectContaining({ messageId: 'error-too-many-items' }),
    );
  });

  it('escapes markup and reads it back as plain text', () => {
    expect(escapeHtml('<b>"x" & y</b>')).toBe('&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;');
    expect(htmlToPlain(`<b>${escapeHtml('<i>&')}</b>`)).toBe('<i>&');
  });
});

describe('fitting messages to a platform', () => {
  it('splits long texts on line boundaries within the limit, keeping buttons on the last part', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `line ${i} ${'x'.repeat(20)}`);
    const parts = fitMessage({ html: lines.join('\n'), buttons: [[{ label: 'ok', data: 't' }]] }, fakeCapabilities);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.html.length).toBeLessThanOrEqual(4096);
    expect(parts.map((p) => p.html).join('\n')).toBe(lines.join('\n'));
    expect(parts.at(-1)?.buttons).toHaveLength(1);
    expect(parts[0]?.buttons).toBeUndefined();
  });

  it('cuts a single huge line without breaking a tag or an entity', () => {
    const html = `${'word '.repeat(30)}<b>bold</b> &amp; ${'z'.repeat(50)}`;
    for (const chunk of splitText(html, 40)) {
      expect(chunk.length).toBeLessThanOrEqual(40);
      expect(chunk).not.toMatch(/<[^>]*$/);
      expect(chunk).not.toMatch(/&[a-z]*$/);
    }
  });

  it('turns buttons into numbered options where the platform has none', () => {
    const [part] = fitMessage(
      {
        html: 'Sure?',
        buttons: [
          [
            { label: 'Yes', data: 'a' },
            { label: 'No', data: 'b' },
          ],
        ],
      },
      { ...fakeCapabilities, buttons: false },
    );
    expect(part?.html).toBe('Sure?\n\n1. Yes\n2. No');
  });
});
