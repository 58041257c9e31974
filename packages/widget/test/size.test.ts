import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { measureHostedScript, measureWidget, readWidgetDist, WIDGET_BUDGETS } from '../scripts/widget-size';

/**
 * The built widget (`npm run build -w @touchpoint/widget` runs before the tests): the size
 * budgets, and the promises a host page relies on — classic scripts that define no global but
 * `window.touchpoint` and that carry no framework.
 */
describe('the built widget', () => {
  const sizes = measureWidget();
  const { loader, renderer, chat } = readWidgetDist();

  it(`keeps the loader within ${WIDGET_BUDGETS.loaderGzip} bytes gzipped`, () => {
    expect(
      sizes.loader.gzip,
      `touchpoint.js is ${sizes.loader.gzip} B gzipped, over its ${WIDGET_BUDGETS.loaderGzip} B budget`,
    ).toBeLessThanOrEqual(WIDGET_BUDGETS.loaderGzip);
  });

  it(`keeps loader + renderer + CSS within ${WIDGET_BUDGETS.surveyGzip} bytes gzipped`, () => {
    expect(sizes.css.raw, 'the CSS ships inside renderer.js').toBeGreaterThan(500);
    expect(
      sizes.survey.gzip,
      `showing a survey costs ${sizes.survey.gzip} B gzipped (loader ${sizes.loader.gzip} + renderer ${sizes.renderer.gzip}), over the ${WIDGET_BUDGETS.surveyGzip} B budget`,
    ).toBeLessThanOrEqual(WIDGET_BUDGETS.surveyGzip);
  });

  it(`keeps the chat chunk within ${WIDGET_BUDGETS.chatGzip} bytes gzipped`, () => {
    // The chat's own stylesheet ships inside it (no second request when the visitor opens the chat).
    expect(chat.toString()).toContain('.msg.customer{');
    expect(
      sizes.chat.gzip,
      `chat.js is ${sizes.chat.gzip} B gzipped, over its ${WIDGET_BUDGETS.chatGzip} B budget`,
    ).toBeLessThanOrEqual(WIDGET_BUDGETS.chatGzip);
  });

  it(`keeps the hosted survey page's script within ${WIDGET_BUDGETS.hostedGzip} bytes gzipped`, () => {
    const hosted = measureHostedScript();
    expect(hosted.file).toMatch(/^hosted\.[0-9a-f]{12}\.js$/);
    expect(hosted.gzip, `${hosted.file} is ${hosted.gzip} B gzipped`).toBeLessThanOrEqual(
      WIDGET_BUDGETS.hostedGzip,
    );
  });

  it('ships classic scripts that add no global but window.touchpoint', () => {
    for (const [name, code] of [
      ['touchpoint.js', loader],
      ['renderer.js', renderer],
      ['chat.js', chat],
    ] as const) {
      expect(code.toString(), name).not.toMatch(/^\s*(import|export)\b|\bexport\s*\{/m);
      const listeners: string[] = [];
      const target = { addEventListener: (type: string) => listeners.push(type) };
      const sandbox: Record<string, unknown> = {
        document: {
          ...target,
          readyState: 'complete',
          currentScript: { src: 'https://tp.example/widget/touchpoint.js', dataset: {} },
        },
        location: { href: 'https://shop.example/' },
        localStorage: { getItem: () => null, setItem: () => {} },
        fetch: () => new Promise(() => {}),
        console: { warn: () => {} },
        URL,
        setTimeout: () => 0,
        clearTimeout: () => {},
        setInterval: () => 0,
        CustomEvent: class {},
      };
      sandbox.window = Object.assign(sandbox, target);
      const before = new Set(Object.keys(sandbox));
      runInNewContext(code.toString(), sandbox);
      const added = Object.keys(sandbox).filter((key) => !before.has(key));
      expect(added, name).toEqual(name === 'touchpoint.js' ? ['touchpoint'] : []);
    }
  });

  it('bundles no framework into any script', () => {
    for (const code of [loader, renderer, chat]) {
      expect(code.toString()).not.toMatch(/react|__vue|preact|createElementVNode/i);
    }
  });
});
