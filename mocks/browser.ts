import { bypass, type JsonBodyType } from 'msw';
import { isScenario, scenarioHandlers, type Load } from './scenarios';

/** In the browser, scenarios start from the dev server's own dataset (the request let through). */
const loadFromServer: Load = async (_name, request) =>
  (await (await fetch(bypass(request))).json()) as JsonBodyType;

/** Starts MSW in the browser (dev only) with the scenario named in `?scenario=` or VITE_SCENARIO. */
export async function startMocking(): Promise<string> {
  const requested =
    new URLSearchParams(window.location.search).get('scenario') ?? import.meta.env.VITE_SCENARIO;
  const scenario = isScenario(requested) ? requested : 'default';
  const { network } = await import('virtual:msw');
  network.configure({ handlers: scenarioHandlers(scenario, loadFromServer) });
  await network.enable();
  console.info(`[iron-river] MSW scenario: ${scenario}`);
  return scenario;
}
