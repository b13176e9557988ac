import '../../support/node-globals-for-jsdom';
import { throttlingScenarios } from '../../support/graph-scenarios/throttling';

throttlingScenarios({ browser: true, exposeRetryAfter: false });
