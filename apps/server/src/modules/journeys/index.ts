export { journeyRoutes } from './journeys.routes';
export { assertTouchpointExists, createJourney } from './journeys.service';
