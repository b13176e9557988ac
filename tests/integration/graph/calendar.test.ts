import { calendarScenarios } from '../../support/graph-scenarios/calendar';

calendarScenarios();
