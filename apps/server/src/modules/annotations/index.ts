export { annotationRoutes } from './annotations.routes';
export { createAnnotation, listAnnotations } from './annotations.service';
