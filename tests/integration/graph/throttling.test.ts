import { throttlingScenarios } from '../../support/graph-scenarios/throttling';

throttlingScenarios();
