// What an LMS gives is data, never markup; every page runs under a strict Content-Security-Policy.
import { describe, expect, inject, it } from 'vitest';
import { course } from '../../src/course/config.ts';
import { islandsReady, newContext } from '../support/page.ts';
import { sharedBrowser } from '../support/shared-browser.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dist, openPreview } from '../support/preview.ts';

const browser = sharedBrowser();

const lessons = readdirSync(resolve(import.meta.dirname, '../../content/lessons/en')).map((f) => f.replace(/\.mdx$/, ''));

describe('security', () => {
  it('carries no inline style or script in any page, which a strict policy would refuse', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const inline = pages.filter((file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      // Data (the shell's course map) is not script.
      return /<style\b/.test(html) || /<script(?![^>]*\b(src|type="application\/json")=?)[^>]*>\s*\S/.test(html) || /\sstyle="/.test(html);
    });
    expect(pages.length).toBeGreaterThan(100);
    expect(inline).toEqual([]);
  });

  it('shows the learner name from the LMS as text, never as HTML', async () => {
    const lms = await openPreview(browser(), inject('baseUrl'));
    const name = '<img src=x onerror="window.pwned=1">Doe, Jo';
    await lms.launch(`${course.id}-en-scorm12.zip`, { learnerName: name });
    // Turned round from "Surname, Given" to the order people write it, and text all the same.
    expect(await lms.shell.locator('#learner').textContent()).toContain('Jo <img src=x onerror="window.pwned=1">Doe');
    expect(await lms.shell.locator('#learner img').count()).toBe(0);
    expect(await lms.shell.locator('html').evaluate(() => (window as any).pwned)).toBeUndefined();
    await lms.exit();
    expect(lms.errors).toEqual([]);
    await lms.page.context().close();
  });

  it('runs every lesson under a strict Content-Security-Policy, asking only for its own files', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const problems: string[] = [];
    const origin = new URL(inject('baseUrl')).origin;
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && problems.push(`request to ${r.url()}`));
    for (const lesson of lessons) {
      const response = await page.goto(`${inject('baseUrl')}/course/en/${lesson}.html`);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await islandsReady(page);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
