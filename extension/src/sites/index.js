// Site modules, registered declaratively: one small module per site (see tests/e2e/unit/sites.test.mjs
// for the conventions every module must follow). The content script uses the module of the
// page's site, then the generic fallback.
import x from './x.js';
import facebook from './facebook.js';
import linkedin from './linkedin.js';
import generic from './generic.js';

export const SITE_MODULES = { x, facebook, linkedin };
export const GENERIC = generic;
