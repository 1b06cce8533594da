import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The layering of ARCHITECTURE.md, as the lint enforces it (eslint.config.js), checked on probe
// files that are never written to disk. Type-aware rules are off here: only imports are at issue.
const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) =>
    ruleId.startsWith('import-x/') || ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-syntax',
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

describe('the architecture lint', { timeout: 30_000 }, () => {
  it('refuses a feature importing the app, even through a relative path', async () => {
    expect(
      await problems('src/features/glossary/lib/probe.ts', "export { routes } from '../../../app/router';\n"),
    ).toEqual([expect.stringMatching(/no-restricted-paths: .*features never import the app/)]);
  });

  it('refuses a feature importing another feature', async () => {
    expect(
      await problems(
        'src/features/glossary/lib/probe.ts',
        "export { filterEvents } from '@/features/events/lib/filter';\n",
      ),
    ).toEqual([expect.stringMatching(/no feature imports another/)]);
  });

  it('refuses app code importing mocks, tests or the build', async () => {
    const code = [
      "export { server } from '../../mocks/node';",
      "export { fixture } from '../../tests/fixtures/dataset';",
      "export { readSite } from '../../build/site';",
    ].join('\n');
    expect(await problems('src/app/probe.ts', `${code}\n`)).toHaveLength(3);
  });

  it('refuses recharts outside the chart components and zod without the CSP-safe wrapper', async () => {
    expect(
      await problems('src/features/metrics/probe.tsx', "export { LineChart } from 'recharts';\n"),
    ).toEqual([expect.stringMatching(/Recharts only in src\/components\/charts/)]);
    expect(await problems('src/data/probe.ts', "export { z } from 'zod';\n")).toEqual([
      expect.stringMatching(/@\/lib\/zod/),
    ]);
  });

  it("keeps the contracts' schemas (and zod) off the page: pages import their types only", async () => {
    expect(
      await problems(
        'src/features/events/lib/probe.ts',
        "export { eventSchema } from '@/data/events/contract';\nexport type { PolicyEvent } from '@/data/events/contract';\n",
      ),
    ).toEqual([expect.stringMatching(/Types only: the contracts build zod schemas/)]);
    expect(
      await problems(
        'src/components/charts/probe.ts',
        "export { validateResource } from '@/data/registry';\n",
      ),
    ).toEqual([expect.stringMatching(/Types only/)]);
  });

  it('refuses raw HTML in app code, so no text from data can become markup', async () => {
    const code = [
      'export const A = (p: { h: string }) => <div dangerouslySetInnerHTML={{ __html: p.h }} />;',
      "export function b(el: HTMLElement, h: string) { el.innerHTML = h; el.insertAdjacentHTML('beforeend', h); }",
    ].join('\n');
    expect(await problems('src/components/ui/probe.tsx', `${code}\n`)).toEqual([
      expect.stringMatching(/no-restricted-syntax: No raw HTML/),
      expect.stringMatching(/no-restricted-syntax: No raw HTML/),
      expect.stringMatching(/no-restricted-syntax: No raw HTML/),
    ]);
  });

  it('keeps the embeds apart from the app, in both directions', async () => {
    expect(
      await problems(
        'src/embed/probe.tsx',
        "export { ViewActions } from '../app/components/view-actions';\n",
      ),
    ).toEqual([expect.stringMatching(/an embed never loads the app/)]);
    expect(
      await problems('src/app/components/probe.tsx', "export { MetricEmbed } from '@/embed/metric-embed';\n"),
    ).toEqual([expect.stringMatching(/nothing in the app imports an embed/)]);
    expect(
      await problems(
        'src/embed/probe.tsx',
        "export { ChartKeys } from '@/features/metrics/components/chart-keys';\n",
      ),
    ).toEqual([]);
  });

  it('lets a feature use the data layer, shared components and its own modules', async () => {
    const code = [
      "export { queries } from '@/data/queries';",
      "export { AppLink } from '@/components/ui/app-link';",
      "export { filterEvents } from '../lib/filter';",
    ].join('\n');
    expect(await problems('src/features/events/components/probe.tsx', `${code}\n`)).toEqual([]);
  });
});
