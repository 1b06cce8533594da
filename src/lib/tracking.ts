/**
 * Parameters that link shorteners, newsletters and social sites add to shared links (`utm_*`,
 * `fbclid`, `gclid`, …). They say nothing about the view: pages ignore them silently.
 */
export const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid)$/;

export function isTrackingParam(key: string): boolean {
  return TRACKING_PARAM.test(key);
}
