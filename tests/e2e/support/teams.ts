import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, PINNED } from './pinned-clock';
import AxeBuilder from '@axe-core/playwright';
import { reset } from '../../../tools/graph-emulator/control-client';

export const graphUrl = `http://127.0.0.1:${process.env.E2E_GRAPH_PORT ?? 4210}`;
export const LANGS = ['en', 'he', 'sv'] as const;
export const THEMES = ['default', 'dark', 'contrast'] as const;

/** Tab names per language (src/i18n/catalogues/teams-tab.ts). */
export const TAB = {
  en: { team: 'Team', report: 'Report', signals: 'Trust signals', repair: 'Repair', talk: 'Talk check', settings: 'Settings', privacy: 'Who sees what', practices: 'Practices' },
  he: { team: 'הצוות', report: 'איש צוות', signals: 'סימני אמון', repair: 'תיקון אמון', talk: 'כמה דיברתי', settings: 'הגדרות', privacy: 'מי רואה מה', practices: 'עקרונות' },
  sv: { team: 'Teamet', report: 'Medarbetare', signals: 'Förtroendesignaler', repair: 'Återbygga förtroende', talk: 'Pratkoll', settings: 'Inställningar', privacy: 'Vem ser vad', practices: 'Arbetssätt' },
} as const;

/** A fresh default seed for every test; teams-js's host list on the CDN is answered locally (no network in tests). */
export async function freshTenant(page: Page): Promise<void> {
  await reset(graphUrl, { seed: 'sales-team.json', now: PINNED.iso });
  await page.route('https://res.cdn.office.net/**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"validOrigins":[]}' }));
}

/**
 * Fluent's focus management (tabster) puts `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` around arrow-key
 * groups such as the TabList: by design they pass focus on at once, and axe's aria-hidden-focus reports them (a
 * known false positive, microsoft/fluentui#27517 "Resolution: By Design"). They are left out of the scan; nothing else.
 */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join('test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `teams-${name}.png`), fullPage: true });
}

/** The Team page is ready when the cards are there (the first one is who needs attention most). */
export async function openTeam(page: Page, query: string): Promise<void> {
  await page.goto(`/teams.html?${query}`);
  await expect(page.getByRole('article').first()).toBeVisible();
}
