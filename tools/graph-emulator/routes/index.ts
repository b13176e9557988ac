import type { Route } from '../context';
import { batchRoutes } from './batch';
import { calendarRoutes } from './calendar';
import { directoryRoutes } from './directory';
import { driveRoutes } from './drive';
import { onlineMeetingRoutes } from './online-meetings';
import { mailboxSettingsRoutes } from './mailbox-settings';
import { plannerPlanRoutes } from './planner-plans';
import { plannerTaskRoutes } from './planner-tasks';
import { rosterRoutes } from './roster';

/** Order matters where patterns overlap (drive content before item metadata). */
export const ROUTES: Route[] = [
  ...directoryRoutes,
  ...mailboxSettingsRoutes,
  ...calendarRoutes,
  ...plannerPlanRoutes,
  ...plannerTaskRoutes,
  ...rosterRoutes,
  ...driveRoutes,
  ...onlineMeetingRoutes,
  ...batchRoutes,
];
