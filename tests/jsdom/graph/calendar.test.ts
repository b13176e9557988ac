import '../../support/node-globals-for-jsdom';
import { calendarScenarios } from '../../support/graph-scenarios/calendar';

calendarScenarios({ browser: true, exposeRetryAfter: false });
