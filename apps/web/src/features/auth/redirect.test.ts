import { describe, expect, it } from 'vitest';
import { redirectTarget } from './redirect';

describe('redirectTarget', () => {
  it.each([
    [undefined, '/'],
    [null, '/'],
    [{}, '/'],
    [{ from: 'x' }, '/'],
    [{ from: { pathname: '/partnerships/7' } }, '/partnerships/7'],
    [{ from: { pathname: '/', search: '?status=DRAFT' } }, '/?status=DRAFT'],
    [{ from: { pathname: '/login' } }, '/'],
    [{ from: { pathname: '//evil.example/x' } }, '/'],
    [{ from: { pathname: 'https://evil.example' } }, '/'],
  ])('%j → %s', (state, expected) => {
    expect(redirectTarget(state)).toBe(expected);
  });
});
