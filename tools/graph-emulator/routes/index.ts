import type { Route } from '../context';
import { batchRoutes } from './batch';
import { calendarRoutes } from './calendar';
import { directoryRoutes } from './directory';
import { driveRoutes } from './drive';
import { onlineMeetingRoutes } from './online-meetings';
import { mailboxSettingsRoutes } from './mailbox-settings';
import { organizationRoutes } from './organization';
import { plannerPlanRoutes } from './planner-plans';
import { plannerTaskRoutes } from './planner-tasks';
import { rosterRoutes } from './roster';

/** Order matters where patterns overlap (drive content before item metadata). */
export const ROUTES: Route[] = [
  ...directoryRoutes,
  ...mailboxSettingsRoutes,
  ...organizationRoutes,
  ...calendarRoutes,
  ...plannerPlanRoutes,
  ...plannerTaskRoutes,
  ...rosterRoutes,
  ...driveRoutes,
  ...onlineMeetingRoutes,
  ...batchRoutes,
];
