import '../../support/node-globals-for-jsdom';
import { tasksScenarios } from '../../support/graph-scenarios/tasks';

tasksScenarios({ browser: true, exposeRetryAfter: false });
