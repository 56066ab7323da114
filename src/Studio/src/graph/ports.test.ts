import { describe, expect, it } from 'vitest';
import type { ActivityDefinition, ActivityDescriptor } from '../api/types';
import { isDeclaredPort, portsOf } from './ports';

function descriptor(type: string, ports: string[], dynamicPorts = false): ActivityDescriptor {
  return { type, category: 'Control', displayName: type, inputs: [], outputs: [], ports, dynamicPorts, kind: 'action', hasSideEffects: false };
}

describe('portsOf', () => {
  it('is the descriptor ports for a static activity', () => {
    expect(portsOf(descriptor('If', ['True', 'False']), { id: 'a', type: 'If' })).toEqual(['True', 'False']);
  });

  it('is none for a terminal activity', () => {
    expect(portsOf(descriptor('Fail', []), { id: 'a', type: 'Fail' })).toEqual([]);
  });

  it('adds one port per named case for a dynamic activity, before Default', () => {
    const switchDescriptor = descriptor('Switch', ['Default'], true);
    const activity: ActivityDefinition = { id: 's', type: 'Switch', inputs: { cases: [{ name: 'vip', condition: true }, { condition: false }, { name: 'small', condition: { $js: 'x' } }] } };
    expect(portsOf(switchDescriptor, activity)).toEqual(['vip', 'small', 'Default']);
    expect(portsOf(switchDescriptor, { id: 's', type: 'Switch', inputs: { cases: { $js: '[]' } } })).toEqual(['Default']);
  });

  it('is Done for a type the server does not describe', () => {
    expect(portsOf(undefined, { id: 'a', type: 'Unknown' })).toEqual(['Done']);
  });
});

describe('isDeclaredPort', () => {
  it('checks the handle against the ports, Done when none is named', () => {
    const log = descriptor('Log', ['Done']);
    expect(isDeclaredPort(log, { id: 'a', type: 'Log' }, null)).toBe(true);
    expect(isDeclaredPort(log, { id: 'a', type: 'Log' }, 'True')).toBe(false);
    expect(isDeclaredPort(descriptor('If', ['True', 'False']), { id: 'a', type: 'If' }, 'True')).toBe(true);
  });
});
