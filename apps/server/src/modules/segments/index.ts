export {
  addContactSegmentFacts,
  assertSegmentReferences,
  SEGMENTS_FIELD,
  segmentIdsInConditions,
  segmentsOfContacts,
} from './segment-facts';
export { segmentRoutes } from './segments.routes';
export {
  allSegmentMemberships,
  createSegment,
  segmentContactIds,
  segmentMembership,
} from './segments.service';
