export { segmentRoutes } from './segments.routes';
export {
  allSegmentMemberships,
  createSegment,
  segmentContactIds,
  segmentMembership,
} from './segments.service';
