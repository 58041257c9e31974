import type { TSurveyDistribution } from '@touchpoint/schemas/browser';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DISTRIBUTION,
  distributionIssues,
  draftFromDistribution,
  newEventTrigger,
  newWidgetTrigger,
  splitDelay,
  toDistribution,
} from './distribution-draft';

const full: TSurveyDistribution = {
  priority: 'low',
  cadenceDays: 30,
  samplingPercent: 25,
  triggers: [
    { event: 'order.delivered', delayMinutes: 1440, channel: 'email' },
    { event: 'ticket.closed', delayMinutes: 90, channel: 'email' },
  ],
  widget: {
    enabled: true,
    triggers: [
      { type: 'page_view', urlPattern: 'https://shop.example.com/checkout*' },
      { type: 'click', selector: '#buy' },
      { type: 'event', event: 'checkout' },
      { type: 'exit_intent' },
    ],
    targeting: { all: [{ field: 'attributes.plan', op: 'eq', value: 'gold' }] },
  },
};

describe('the distribution draft', () => {
  it('round-trips a saved distribution unchanged', () => {
    expect(toDistribution(draftFromDistribution(full))).toEqual(full);
    expect(toDistribution(draftFromDistribution(DEFAULT_DISTRIBUTION))).toEqual(DEFAULT_DISTRIBUTION);
  });

  it('leaves the priority out when it is automatic, and the cadence null when it is off', () => {
    const draft = { ...draftFromDistribution(full), priority: '' as const, hasCadence: false };
    const body = toDistribution(draft);
    expect('priority' in body).toBe(false);
    expect(body.cadenceDays).toBeNull();
  });

  it('shows delays in the largest exact unit', () => {
    expect(splitDelay(0)).toEqual({ delay: '0', unit: 'minutes' });
    expect(splitDelay(45)).toEqual({ delay: '45', unit: 'minutes' });
    expect(splitDelay(120)).toEqual({ delay: '2', unit: 'hours' });
    expect(splitDelay(2880)).toEqual({ delay: '2', unit: 'days' });
  });

  it('finds what the API would refuse, named as the API names it', () => {
    const draft = draftFromDistribution(DEFAULT_DISTRIBUTION);
    const trigger = { ...newEventTrigger(), event: 'order delivered', delay: '61', unit: 'days' as const };
    const widgetTrigger = newWidgetTrigger('click');
    const issues = distributionIssues({
      ...draft,
      hasCadence: true,
      cadenceDays: '1.5',
      samplingPercent: '0',
      triggers: [trigger, { ...newEventTrigger(), event: '' }],
      widgetTriggers: [widgetTrigger, newWidgetTrigger('exit_intent')],
      targeting: {
        all: [
          { field: 'attributes.', op: 'eq', value: 'x' },
          { any: [{ field: 'attributes.spend', op: 'gt', value: 'lots' }] },
          { field: 'attributes.plan', op: 'answered' },
        ],
      },
    });
    expect(issues).toEqual([
      { name: 'distribution.cadenceDays', code: 'cadence_range' },
      { name: 'distribution.samplingPercent', code: 'sampling_range' },
      { name: 'distribution.triggers.0.event', code: 'event_format' },
      { name: 'distribution.triggers.0.delayMinutes', code: 'delay_range' },
      { name: 'distribution.triggers.1.event', code: 'event_required' },
      { name: 'distribution.widget.triggers.0.selector', code: 'selector_required' },
      { name: 'distribution.widget.targeting.all.0', code: 'attribute_required' },
      { name: 'distribution.widget.targeting.all.1.any.0', code: 'invalid_value' },
    ]);
  });

  it('has no issues for a valid distribution', () => {
    expect(distributionIssues(draftFromDistribution(full))).toEqual([]);
  });
});
