import { describe, expect, it } from 'vitest';
import type { ActivityDefinition } from '../../api/types';
import { httpRoutesOf, originOf, shownValue, templateOf } from './origin';

describe('template origin', () => {
  it('reads the template of a template and the origin of a copy', () => {
    expect(templateOf({ template: { fields: [{ name: 'brand' }] } })).toEqual({ fields: [{ name: 'brand' }] });
    expect(templateOf({})).toBeNull();
    expect(templateOf({ template: null })).toBeNull();
    expect(originOf({ instantiatedFrom: { templateId: 'greeter', version: 2, values: { brand: 'Zeta' } } })).toEqual({ templateId: 'greeter', version: 2, values: { brand: 'Zeta' } });
    expect(originOf({ instantiatedFrom: { templateId: 'greeter', version: 2 } })?.values).toEqual({});
    expect(originOf({})).toBeNull();
  });

  it('shows text as it is and other values as JSON', () => {
    expect(shownValue('Olá')).toBe('Olá');
    expect(shownValue(4990)).toBe('4990');
    expect(shownValue(false)).toBe('false');
    expect(shownValue(undefined)).toBe('');
  });

  it("lists a copy's HTTP routes as the instantiate answer does", () => {
    const activities: ActivityDefinition[] = [
      { id: 'a', type: 'HttpEndpoint', inputs: { path: 'default/acme/greeter/hello', methods: ['POST'] } },
      { id: 'b', type: 'HttpEndpoint', inputs: { path: '/default/acme/orders/{id}/', methods: ['GET', 'PUT'] } },
      { id: 'c', type: 'HttpEndpoint', inputs: { path: 'default/acme/plain' } },
      { id: 'd', type: 'HttpEndpoint', inputs: { path: { $js: '"computed"' } } },
      { id: 'e', type: 'Log', inputs: { path: 'not/an/endpoint' } },
    ];
    expect(httpRoutesOf(activities)).toEqual([
      'POST /workflows/default/acme/greeter/hello',
      'GET /workflows/default/acme/orders/{id}',
      'PUT /workflows/default/acme/orders/{id}',
      'POST /workflows/default/acme/plain',
    ]);
  });
});
