import { documentScenarios } from '../../support/graph-scenarios/document';

documentScenarios();
