export {
  ANONYMOUS_GROUPINGS,
  anonymousMetric,
  findAnonymousSurvey,
  ZAnonymousMetricResult,
} from './anonymous-results';
export {
  getEmployeeSurveyBudget,
  MAX_EMPLOYEE_INVITATIONS,
  sendEmployeeInvitations,
  setEmployeeSurveyBudget,
} from './employee-invitations';
export {
  employeeReportingValues,
  findActiveEmployeeByEmail,
  findEmployeeById,
} from './employees.repository';
export { employeeRoutes } from './employees.routes';
export { importEmployees, markLeavers } from './employees.service';
