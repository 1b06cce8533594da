import { setupServer } from 'msw/node';
import { fixtureDataset } from './data/dataset';
import { scenarioHandlers, type Load, type Scenario } from './scenarios';

/** Scenarios in Node answer from the frozen fixture dataset. */
export const loadFixture: Load = (name) => Promise.resolve(fixtureDataset[name]);

/** A scenario's handlers for `server.use(...)` in a test. */
export const fixtureScenario = (scenario: Scenario, options?: { slowMs?: number }) =>
  scenarioHandlers(scenario, loadFixture, options);

/** MSW for Vitest: the happy path on the fixture dataset; tests override with `server.use(...)`. */
export const server = setupServer(...fixtureScenario('default'));
