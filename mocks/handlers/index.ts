import { http, HttpResponse, type HttpResponseResolver, type JsonBodyType } from 'msw';
import { RESOURCES, RESOURCE_NAMES, type ResourceName } from '../../src/data/resources';

/** Matches a contract resource under any origin and base path (`…/api/v1/<file>`). */
export const resourceUrl = (name: ResourceName) => `*/api/v1/${RESOURCES[name].file}`;

/** Serves one resource of the contract from the given body. */
export function resourceHandler(name: ResourceName, body: JsonBodyType) {
  return http.get(resourceUrl(name), () => HttpResponse.json(body));
}

/** One handler per resource, each answered by `resolve` (given the resource's name). */
export function everyResource(resolve: (name: ResourceName) => HttpResponseResolver) {
  return RESOURCE_NAMES.map((name) => http.get(resourceUrl(name), resolve(name)));
}
