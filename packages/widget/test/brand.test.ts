import { describe, expect, it } from 'vitest';
import { applyBrand } from '../src/brand';
import type { TWidgetConfig } from '../src/widget-types';

/** A panel with only the CSSOM call applyBrand makes, recording the custom properties it sets. */
function fakePanel() {
  const set = new Map<string, string>();
  const panel = { style: { setProperty: (name: string, value: string) => set.set(name, value) } };
  return { panel: panel as unknown as HTMLElement, set };
}

const config = (brand: TWidgetConfig['brand']): Promise<TWidgetConfig> =>
  Promise.resolve({ clickSelectors: [], events: [], exitIntent: false, ...(brand ? { brand } : {}) });

describe('the brand colour of the widget panels', () => {
  it('makes the workspace colour the accent, under a page theme that sets --touchpoint-accent', async () => {
    const { panel, set } = fakePanel();
    const settings = config({ color: '#aa2200' });
    applyBrand(panel, settings);
    await settings;
    await Promise.resolve();
    expect(set.get('--accent')).toBe('var(--touchpoint-accent, #aa2200)');
  });

  it('keeps the default colours without a brand, with a value that is not #rrggbb, or without a config', async () => {
    for (const settings of [
      config(undefined),
      config({ color: null }),
      config({ color: 'red;}body{display:none' }),
      Promise.reject(new Error('offline')),
      undefined,
    ]) {
      const { panel, set } = fakePanel();
      applyBrand(panel, settings as Promise<TWidgetConfig> | undefined);
      await settings?.catch(() => {});
      await Promise.resolve();
      await Promise.resolve();
      expect(set.size).toBe(0);
    }
  });
});
