import { batchScenarios } from '../../support/graph-scenarios/batch';

batchScenarios();
