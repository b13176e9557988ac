import '../../support/node-globals-for-jsdom';
import { batchScenarios } from '../../support/graph-scenarios/batch';

batchScenarios({ browser: true, exposeRetryAfter: false });
