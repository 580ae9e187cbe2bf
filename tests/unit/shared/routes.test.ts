// The one Route union (shared/routes.ts): every route builds to the hash the app has always
// used, and parses back to itself; anything unknown or incomplete is home.
import { describe, expect, it } from 'vitest';
import { isPresentHash, parseRoute, routeHash, type Route } from '../../../shared/routes';

const options = { range: [{ from: 1, to: 5 }, { from: 8, to: 8 }], includeHidden: true, layout: 'handout3' as const, sourcesPage: false, pageNumbers: true, paper: 'a4' as const };

describe('routes', () => {
  it('builds the hashes the hosts and the renderer use', () => {
    expect(routeHash({ name: 'home' })).toBe('#/');
    expect(routeHash({ name: 'edit', deck: 'library:A b.briefdeck' })).toBe('#/edit?deck=library%3AA%20b.briefdeck');
    expect(routeHash({ name: 'present', deck: 'library:A b.briefdeck', role: 'audience', from: 3 })).toBe('#/present?deck=library%3AA%20b.briefdeck&role=audience&from=3');
    expect(routeHash({ name: 'present', deck: 'ext:abcdef0123', role: 'presenter', from: 0 })).toBe('#/present?deck=ext%3Aabcdef0123&role=presenter&from=1');
    expect(routeHash({ name: 'standby', deck: 'library:A.briefdeck' })).toBe('#/standby?deck=library%3AA.briefdeck');
    expect(routeHash({ name: 'printStandby', deck: 'library:A.briefdeck' })).toBe('#/print-standby?deck=library%3AA.briefdeck');
    expect(routeHash({ name: 'print', deck: 'library:A.briefdeck', options, widgetTimeoutMs: 1500 })).toBe(
      '#/print?deck=library%3AA.briefdeck&layout=handout3&range=1-5%2C+8&hidden=1&sources=0&numbers=1&paper=a4&widgetTimeout=1500',
    );
  });

  it('parses every route back to itself', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'edit', deck: 'library:Ünïcode & co.briefdeck' },
      { name: 'present', deck: 'ext:abcdef0123', role: 'presenter', from: 7 },
      { name: 'present', deck: 'library:A.briefdeck', role: 'audience', from: 2, audience: 'aud_partners' },
      { name: 'standby', deck: 'library:A.briefdeck' },
      { name: 'printStandby', deck: 'library:A.briefdeck' },
      { name: 'print', deck: 'library:A.briefdeck', options, widgetTimeoutMs: null },
      { name: 'print', deck: 'library:A.briefdeck', options: { ...options, range: null }, widgetTimeoutMs: 2000 },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('anything unknown or missing its deck is home', () => {
    for (const hash of ['', '#', '#/nowhere', '#/edit', '#/present?role=audience', '#/print?layout=slides', '#/standby?deck=']) expect(parseRoute(hash)).toEqual({ name: 'home' });
  });

  it('only a present route may be pushed into a prepared audience window', () => {
    expect(isPresentHash(routeHash({ name: 'present', deck: 'library:A.briefdeck', role: 'audience', from: 2 }))).toBe(true);
    expect(isPresentHash(routeHash({ name: 'edit', deck: 'library:A.briefdeck' }))).toBe(false);
    expect(isPresentHash('#/present?role=audience')).toBe(false);
    expect(isPresentHash(`#/present?deck=${'x'.repeat(5000)}`)).toBe(false);
  });
});
