export {
  ANONYMOUS_GROUPINGS,
  anonymousMetric,
  findAnonymousSurvey,
  ZAnonymousMetricResult,
} from './anonymous-results';
export { employeeReportingValues, findActiveEmployeeByEmail } from './employees.repository';
export { employeeRoutes } from './employees.routes';
export { importEmployees, markLeavers } from './employees.service';
