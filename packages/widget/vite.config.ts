import { createHash } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions, type Plugin } from 'vite';
import { precompress } from '../../scripts/vite-precompress';

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
 * The hosted survey page's script gets a content hash in its name (so it can be cached for a year) and its
 * stylesheet goes into `hosted-page.json` instead of a file: the server inlines the CSS into the page, so
 * the first question paints with the HTML, and names the script from the same manifest.
 */
function hostedManifest(): Plugin {
  return {
    name: 'touchpoint-hosted-manifest',
    applyToEnvironment: (environment) => environment.name === 'hosted',
    // Once the files are written (the stylesheet is emitted late), and after asciiOnly: the hash is of
    // the bytes served.
    async writeBundle(options, bundle) {
      const dir = options.dir ?? here('./dist');
      let css = '';
      let code = '';
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === 'asset' && name.endsWith('.css')) css += String(file.source);
        else if (file.type === 'chunk' && file.isEntry) code = file.code;
        else continue;
        await rm(join(dir, name), { force: true });
      }
      const script = `hosted.${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
      await writeFile(join(dir, script), code);
      await writeFile(join(dir, 'hosted-page.json'), JSON.stringify({ script, css }));
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
 * `vite build` writes `dist/touchpoint.js` (the loader a host page includes, ≤ 2 KB gzipped),
 * `dist/renderer.js` (the survey panel with its CSS inlined, loaded next to the loader only when a survey
 * shows), `dist/chat.js` (the chat panel, loaded only when the visitor opens the chat, ≤ 25 KB gzipped)
 * and the hosted survey page's `dist/hosted.<hash>.js` + `dist/hosted-page.json`, each with `.br`
 * and `.gz` copies. `test/size.test.ts` holds them to their budgets.
 */
export default defineConfig({
  plugins: [asciiOnly(), hostedManifest(), precompress()],
  environments: {
    loader: script('./src/loader.ts', 'touchpoint.js', true),
    renderer: script('./src/renderer.ts', 'renderer.js', false),
    chat: script('./src/chat/chat.ts', 'chat.js', false),
    hosted: script('./src/hosted.ts', 'hosted.js', false),
  },
  builder: {
    async buildApp(builder) {
      const { loader, renderer, chat, hosted } = builder.environments;
      if (!loader || !renderer || !chat || !hosted)
        throw new Error('The widget build needs its loader, renderer, chat and hosted environments');
      await builder.build(loader);
      await builder.build(renderer);
      await builder.build(chat);
      await builder.build(hosted);
    },
  },
});
