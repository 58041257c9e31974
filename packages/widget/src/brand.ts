import type { TWidgetConfig } from './widget-types';

/**
 * Gives a panel the workspace's brand colour once the widget config arrives. It replaces only the built-in
 * default: a page that themes the widget with --touchpoint-accent still wins. Set through the CSSOM, which a
 * page's Content-Security-Policy without 'unsafe-inline' styles does not block.
 */
export function applyBrand(panel: HTMLElement, config: Promise<TWidgetConfig> | undefined): void {
  config
    ?.then((settings) => {
      const color = settings.brand?.color;
      if (color && /^#[0-9a-f]{6}$/i.test(color)) {
        panel.style.setProperty('--accent', `var(--touchpoint-accent, ${color})`);
      }
    })
    .catch(() => {
      // No config: the default colours.
    });
}
