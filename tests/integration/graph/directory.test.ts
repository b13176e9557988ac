import { directoryScenarios } from '../../support/graph-scenarios/directory';

directoryScenarios();
