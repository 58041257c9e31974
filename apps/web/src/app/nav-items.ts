import type { IconName } from '../components/icons';
import type { TArea } from '../features/areas/areas';

export interface TNavItem {
  /** The translation key under `nav.` and the route path. */
  id:
    | TArea
    | 'journeys'
    | 'surveys'
    | 'responses'
    | 'customers'
    | 'at-risk'
    | 'segments'
    | 'accounts'
    | 'campaigns'
    | 'maturity'
    | 'employee-results'
    | 'ex-cx'
    | 'coaching'
    | 'suggestions'
    | 'settings'
    | 'api-reference';
  path: string;
  icon: IconName;
}

export interface TNavSection {
  id: 'cx' | 'ex' | 'workspace';
  items: TNavItem[];
}

export const NAV_SECTIONS: TNavSection[] = [
  {
    id: 'cx',
    items: [
      { id: 'journeys', path: '/journeys', icon: 'journeys' },
      { id: 'surveys', path: '/surveys', icon: 'surveys' },
      { id: 'responses', path: '/responses', icon: 'responses' },
      { id: 'insights', path: '/insights', icon: 'insights' },
      { id: 'cases', path: '/cases', icon: 'cases' },
      { id: 'inbox', path: '/inbox', icon: 'inbox' },
      { id: 'customers', path: '/customers', icon: 'customers' },
      { id: 'at-risk', path: '/at-risk', icon: 'customers' },
      { id: 'segments', path: '/segments', icon: 'customers' },
      { id: 'accounts', path: '/accounts', icon: 'customers' },
      { id: 'campaigns', path: '/campaigns', icon: 'surveys' },
    ],
  },
  {
    id: 'ex',
    items: [
      { id: 'employees', path: '/employees', icon: 'employees' },
      { id: 'employee-results', path: '/employees/results', icon: 'insights' },
      { id: 'ex-cx', path: '/ex-cx', icon: 'insights' },
      { id: 'coaching', path: '/coaching', icon: 'employees' },
      { id: 'suggestions', path: '/suggestions', icon: 'employees' },
      { id: 'maturity', path: '/maturity', icon: 'insights' },
    ],
  },
  {
    id: 'workspace',
    items: [
      { id: 'settings', path: '/settings', icon: 'settings' },
      { id: 'api-reference', path: '/api-reference', icon: 'api' },
    ],
  },
];
