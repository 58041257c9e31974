export { segmentRoutes } from './segments.routes';
export { allSegmentMemberships, segmentContactIds, segmentMembership } from './segments.service';
