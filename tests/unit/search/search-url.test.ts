import { describe, expect, test } from 'vitest';
import {
  describeSearch,
  hasFilters,
  isSearchFilterName,
  keywordSearch,
  searchPagePath,
  searchQueryString,
  searchStateFromUrl,
  withFilterValue,
  type SearchState,
} from '../../../src/lib/search-url.ts';

describe('searchStateFromUrl', () => {
  test.each<[string, SearchState]>([
    ['', { query: '', filters: {} }],
    ['?q=diffusion', { query: 'diffusion', filters: {} }],
    ['?keyword=score+matching', { query: '', filters: { keyword: ['score matching'] } }],
    ['?q=graph&keyword=graph%20neural%20networks', { query: 'graph', filters: { keyword: ['graph neural networks'] } }],
    // Repeated parameters are several values of one filter, kept once each, in order.
    ['?topic=B&topic=A&topic=B', { query: '', filters: { topic: ['B', 'A'] } }],
    ['?dump=000_a&code=yes&keyword=x', { query: '', filters: { keyword: ['x'], code: ['yes'], dump: ['000_a'] } }],
    // NFC and whitespace as for queries; empty values and unknown parameters dropped.
    ['?keyword=Schro%CC%88dinger++bridge&keyword=&topic=%20', { query: '', filters: { keyword: ['Schrödinger bridge'] } }],
    ['?author=x&Keyword=y&q=', { query: '', filters: {} }],
    // Filter values are catalogue text: `&`, `=`, `+` and quotes survive encoding.
    ['?keyword=a%26b%3Dc%2Bd+%E2%80%9Cq%E2%80%9D', { query: '', filters: { keyword: ['a&b=c+d “q”'] } }],
  ])('%j', (search, expected) => {
    expect(searchStateFromUrl(search)).toEqual(expected);
  });
});

describe('searchQueryString', () => {
  test.each<[SearchState, string]>([
    [{ query: '', filters: {} }, ''],
    [{ query: ' diffusion  models ', filters: {} }, '?q=diffusion+models'],
    [{ query: 'x', filters: { dump: ['d1'], keyword: ['a&b', 'c'], topic: ['T'] } }, '?q=x&topic=T&keyword=a%26b&keyword=c&dump=d1'],
    [{ query: '', filters: { keyword: ['k', 'k', ''] } }, '?keyword=k'],
  ])('%j → %j', (state, expected) => {
    expect(searchQueryString(state)).toBe(expected);
  });

  test.each<SearchState>([
    { query: 'Schrödinger', filters: { keyword: ['score “matching”', 'x=y&z'], code: ['yes'] } },
    { query: '', filters: { topic: ['Alpha <Topic>'], dump: ['000_a', '001_b'] } },
    { query: 'a+b', filters: {} },
  ])('reads back what it writes: %j', (state) => {
    expect(searchStateFromUrl(searchQueryString(state))).toEqual(state);
  });
});

describe('searchPagePath', () => {
  test.each<[SearchState, string]>([
    [{ query: '', filters: {} }, '/search/'],
    [{ query: 'q', filters: { keyword: ['q'] } }, '/search/?q=q&keyword=q'],
  ])('%j → %s', (state, expected) => {
    expect(searchPagePath(state)).toBe(expected);
  });
});

describe('withFilterValue', () => {
  test.each<[string, Parameters<typeof withFilterValue>[1], string, boolean, string]>([
    ['?q=model', 'topic', 'Speech', true, '?q=model&topic=Speech'],
    ['?q=model&topic=Speech', 'topic', 'Vision', true, '?q=model&topic=Speech&topic=Vision'],
    ['?q=model&topic=Speech&topic=Vision', 'topic', 'Speech', false, '?q=model&topic=Vision'],
    ['?q=model&topic=Speech', 'topic', 'Speech', false, '?q=model'],
    ['?keyword=k', 'keyword', 'k', false, ''],
    // Ticking a value already there keeps it once; clearing one that is not there changes nothing.
    ['?keyword=k', 'keyword', 'k', true, '?keyword=k'],
    ['?q=x', 'code', 'yes', false, '?q=x'],
    ['?q=x&utm=1', 'dump', '000_a', true, '?q=x&dump=000_a'],
  ])('%j, %s %j %s → %j', (search, name, value, selected, expected) => {
    expect(withFilterValue(search, name, value, selected)).toBe(expected);
  });
});

describe('hasFilters and isSearchFilterName', () => {
  test.each<[SearchState['filters'], boolean]>([
    [{}, false],
    [{ keyword: [] }, false],
    [{ dump: ['d'] }, true],
  ])('hasFilters(%j) is %s', (filters, expected) => {
    expect(hasFilters({ filters })).toBe(expected);
  });

  test.each([
    ['topic', true],
    ['keyword', true],
    ['code', true],
    ['dump', true],
    ['q', false],
    ['Keyword', false],
  ])('isSearchFilterName(%j) is %s', (name, expected) => {
    expect(isSearchFilterName(name)).toBe(expected);
  });
});

describe('describeSearch', () => {
  test.each<[SearchState, string]>([
    [{ query: 'diffusion', filters: {} }, 'for “diffusion”'],
    [{ query: 'graph', filters: { keyword: ['graph'] } }, 'for “graph” with keyword “graph”'],
    [{ query: '', filters: { topic: ['T'], keyword: ['a', 'b'] } }, 'with topic “T”, keyword “a” and “b”'],
    [{ query: '', filters: {} }, ''],
  ])('%j → %j', (state, expected) => {
    expect(describeSearch(state)).toBe(expected);
  });
});

describe('keywordSearch', () => {
  test.each<[string, SearchState]>([
    ['score matching', { query: 'score matching', filters: { keyword: ['score matching'] } }],
    ['Schro\u0308dinger bridge', { query: 'Schrödinger bridge', filters: { keyword: ['Schrödinger bridge'] } }],
  ])('%j → its label as query and filter', (label, expected) => {
    expect(keywordSearch(label)).toEqual(expected);
  });

  test('its search page path reads back as the same search', () => {
    const state = keywordSearch('a&b “c”');
    expect(searchStateFromUrl(searchPagePath(state).slice('/search/'.length))).toEqual(state);
  });
});
