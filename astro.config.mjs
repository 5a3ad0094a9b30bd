// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import relativeLinks from 'astro-relative-links';
import { courseFonts } from './src/build/fonts.ts';
import { coursePeople } from './src/build/people.ts';
import { courseTranslations } from './src/build/translations.ts';

// An LMS serves the package from a path we cannot know, so every URL in the build is relative:
// one HTML file per page (`build.format: 'file'`), relative links in HTML/CSS
// (astro-relative-links) and relative asset URLs inside JS (Vite's renderBuiltUrl).
export default defineConfig({
  output: 'static',
  compressHTML: true,
  // Stylesheets are files, never inline <style>: the course runs under a Content-Security-Policy
  // without 'unsafe-inline', as careful LMSs set it.
  build: { format: 'file', assets: 'assets', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // The content cache lives with the project, not in node_modules: a copy of the project that
  // links to these node_modules (the broken-content test, a second checkout) keeps its own.
  cacheDir: './.astro/cache',
  integrations: [courseTranslations(), courseFonts(), coursePeople(), mdx(), preact(), relativeLinks()],
  vite: {
    experimental: { renderBuiltUrl: () => ({ relative: true }) },
    build: {
      rolldownOptions: {
        // Shared code goes in a few files rather than many small ones, which compress worse:
        // what every island needs (Preact, mounting), the learner's state and its pure logic
        // (the shell needs them too, but never Preact: its group comes first, or the stores
        // would be bundled with Preact), and what every question island needs.
        output: {
          codeSplitting: {
            groups: [
              { name: 'preact', test: /node_modules[\\/](preact|@nanostores[\\/]preact)[\\/]|src[\\/]components[\\/]islands[\\/]/ },
              { name: 'state', priority: 2, test: /node_modules[\\/]nanostores[\\/]|src[\\/](state[\\/](learner|responses|scoring|shuffle|completion)|i18n[\\/]plural)/ },
              { name: 'questions', test: /src[\\/]components[\\/]questions[\\/](QuestionFrame|use-answer)/ },
            ],
          },
        },
        // Astro marks MDX modules with a directive the bundler warns about on every lesson
        // (withastro/astro#18087); harmless, and the noise would hide real warnings.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
