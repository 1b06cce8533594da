import type { JsonBodyType } from 'msw';
import type { ResourceName } from '../../src/data/resources';
import meta from '../../tests/fixtures/dataset/meta.json' with { type: 'json' };
import events from '../../tests/fixtures/dataset/events.json' with { type: 'json' };
import storylines from '../../tests/fixtures/dataset/storylines.json' with { type: 'json' };
import metrics from '../../tests/fixtures/dataset/metrics.json' with { type: 'json' };
import sources from '../../tests/fixtures/dataset/sources.json' with { type: 'json' };
import actors from '../../tests/fixtures/dataset/actors.json' with { type: 'json' };
import glossary from '../../tests/fixtures/dataset/glossary.json' with { type: 'json' };
import decks from '../../tests/fixtures/dataset/decks.json' with { type: 'json' };
import codebook from '../../tests/fixtures/dataset/codebook.json' with { type: 'json' };

/** A body for every resource of the contract, as served (`{ apiVersion, data }`). */
export type Dataset = Record<ResourceName, JsonBodyType>;

/**
 * The frozen test dataset (tests/fixtures/dataset, see its README): what integration tests run
 * on, so that adding a record to the published dataset never changes a test's result.
 */
export const fixtureDataset: Dataset = {
  meta,
  events,
  storylines,
  metrics,
  sources,
  actors,
  glossary,
  decks,
  codebook,
};
