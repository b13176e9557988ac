import '../../support/node-globals-for-jsdom';
import { documentScenarios } from '../../support/graph-scenarios/document';

documentScenarios({ browser: true, exposeRetryAfter: false });
