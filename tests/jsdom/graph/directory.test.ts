import '../../support/node-globals-for-jsdom';
import { directoryScenarios } from '../../support/graph-scenarios/directory';

directoryScenarios({ browser: true, exposeRetryAfter: false });
