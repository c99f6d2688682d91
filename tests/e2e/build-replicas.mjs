// Bundles the replica sites (tests/e2e/replicas) into build/e2e/replicas. Run by scripts/test-e2e.
import { buildReplicas } from './lib/replicas.mjs';

const t0 = performance.now();
await buildReplicas();
console.log(`replicas bundled in ${Math.round(performance.now() - t0)} ms`);
