import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Host pages load the scripts with their own charset when the response names none, so a page in
 * windows-1252 would garble "×" or Vietnamese. Escaped to ASCII (`\uXXXX`, valid in the string, template
 * and regex literals where minified code has non-ASCII), the files read the same under any charset.
 */
function asciiOnly(): Plugin {
  return {
    name: 'touchpoint-widget-ascii',
    // After minification, which would print the characters again.
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunk.code = chunk.code.replace(
          /[\u007f-\uffff]/g,
          (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
        );
      }
    },
  };
}

/**
 * One library build per script: both are IIFEs (a classic script needs no CORS and no module support in
 * the host page, and leaks no globals), and library mode builds IIFEs one entry at a time.
 */
function script(entry: string, fileName: string, emptyOutDir: boolean): EnvironmentOptions {
  return {
    consumer: 'client',
    build: {
      outDir: here('./dist'),
      emptyOutDir,
      copyPublicDir: false,
      minify: true,
      cssMinify: true,
      sourcemap: false,
      reportCompressedSize: true,
      lib: { entry: here(entry), formats: ['iife'], name: 'touchpointWidget', fileName: () => fileName },
    },
  };
}

/**
 * `vite build` writes `dist/touchpoint.js` (the loader a host page includes, ≤ 2 KB gzipped) and
 * `dist/renderer.js` (the survey panel with its CSS inlined, loaded next to the loader only when a survey
 * shows). `test/size.test.ts` holds both to their budgets.
 */
export default defineConfig({
  plugins: [asciiOnly()],
  environments: {
    loader: script('./src/loader.ts', 'touchpoint.js', true),
    renderer: script('./src/renderer.ts', 'renderer.js', false),
  },
  builder: {
    async buildApp(builder) {
      const { loader, renderer } = builder.environments;
      if (!loader || !renderer)
        throw new Error('The widget build needs its loader and renderer environments');
      await builder.build(loader);
      await builder.build(renderer);
    },
  },
});
