import { tasksScenarios } from '../../support/graph-scenarios/tasks';

tasksScenarios();
