import { WARM_UP_PAYLOAD, isWarmUpEvent } from '../../../runtime/warmUp';

describe('warm-up pings', () => {
  it.each([
    ['the rule payload', WARM_UP_PAYLOAD],
    ['a scheduled event', { source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} }],
  ])('recognises %s', (_name, event) => {
    expect(isWarmUpEvent(event)).toBe(true);
  });

  it.each([
    ['an API Gateway event', { httpMethod: 'POST', body: '{"warmer": true}' }],
    ['a truthy string', { warmer: 'true' }],
    ['another EventBridge event', { source: 'aws.events', 'detail-type': 'Object Created' }],
    ['null', null],
  ])('does not mistake %s for one', (_name, event) => {
    expect(isWarmUpEvent(event)).toBe(false);
  });
});
