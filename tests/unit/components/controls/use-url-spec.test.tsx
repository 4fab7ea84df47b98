// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useUrlSpec } from '@/components/controls/use-url-spec';
import type { ParamSource } from '@/lib/url/params';

// A toy view: one setting, prompt=EN|MT, EN by default.
const decode = (p: ParamSource) => {
  const prompt = p instanceof URLSearchParams ? p.get('prompt') : null;
  return { spec: { prompt: prompt === 'MT' ? 'MT' : 'EN' }, problems: [] };
};
const encode = (s: { prompt: string }) => new URLSearchParams(s.prompt === 'EN' ? '' : `prompt=${s.prompt}`);

describe('useUrlSpec', () => {
  it('keeps the same spec object when the URL is first read and says what the page was rendered with', () => {
    const { result, rerender } = renderHook(({ params }: { params: ParamSource }) => useUrlSpec(params, decode, encode), { initialProps: { params: {} } });
    const rendered = result.current.spec;
    expect(rendered).toEqual({ prompt: 'EN' });
    rerender({ params: new URLSearchParams('') });
    expect(result.current.spec).toBe(rendered);
    rerender({ params: new URLSearchParams('utm_source=x') });
    expect(result.current.spec).toBe(rendered);
  });

  it('follows a URL that says something else', () => {
    const { result, rerender } = renderHook(({ params }: { params: ParamSource }) => useUrlSpec(params, decode, encode), { initialProps: { params: {} } });
    rerender({ params: new URLSearchParams('prompt=MT') });
    expect(result.current.spec).toEqual({ prompt: 'MT' });
    rerender({ params: new URLSearchParams('') });
    expect(result.current.spec).toEqual({ prompt: 'EN' });
  });
});
