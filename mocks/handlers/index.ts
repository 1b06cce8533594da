import { http, HttpResponse, type JsonBodyType } from 'msw';
import { dataset, RESOURCES, type ResourceName } from '../data/dataset';

/** Matches a contract resource under any origin and base path (`…/api/v1/<file>`). */
export const resourceUrl = (name: string) => `*/api/v1/${name}`;

/** Serves one resource of the contract from the given body. */
export function resourceHandler(name: ResourceName, body: JsonBodyType) {
  return http.get(resourceUrl(name), () => HttpResponse.json(body));
}

/** Happy path: the published dataset, one handler per resource. */
export const handlers = RESOURCES.map((name) => resourceHandler(name, dataset[name]));
