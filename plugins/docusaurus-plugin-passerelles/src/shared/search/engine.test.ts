import {createTextEngine, createThemesEngine, loadTextShard, shardOfTerm, splitTextEngine} from './engine';

/** `count` documents whose words start with many initials, some far more common than others. */
function documentsOf(count: number): {id: string; title: string; summary: string; body: string}[] {
  const initials = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from({length: count}, (_, index) => {
    const words: string[] = [];
    for (let word = 0; word < 60; word += 1) {
      // Quadratic skew: low initials are much more frequent than high ones.
      const initial = initials[Math.floor(((word * 7 + index) % 26) ** 2 / 26)] ?? 'a';
      words.push(`${initial}${(word * 31 + index) % 97}`);
    }
    return {id: `doc-${index}`, title: words.slice(0, 3).join(' '), summary: words.slice(3, 10).join(' '), body: words.slice(10).join(' ')};
  });
}

describe('splitTextEngine', () => {
  const documents = documentsOf(4000);
  const text = createTextEngine();
  text.addAll(documents);
  const themes = createThemesEngine();
  themes.addAll(documents.map(({id}) => ({id, themes: ''})));
  const {layout, shards} = splitTextEngine(text.toJSON());

  it('cuts a large index into several shards, the terms of one key in exactly one', () => {
    expect(layout.shardCount).toBeGreaterThan(1);
    expect(shards).toHaveLength(layout.shardCount);
    const shardOfKey = new Map<string, number>();
    for (const shard of shards) {
      for (const [term] of shard.index) {
        const key = term.slice(0, 2);
        expect(shardOfKey.get(key) ?? shard.shard).toBe(shard.shard);
        shardOfKey.set(key, shard.shard);
        expect(shardOfTerm(layout, term)).toBe(shard.shard);
      }
    }
  });

  it('balances the postings between shards', () => {
    const postings = shards.map((shard) => shard.index.reduce((sum, [, fields]) => sum + Object.values(fields).reduce((count, ids) => count + Object.keys(ids).length, 0), 0));
    expect(Math.max(...postings) / Math.min(...postings)).toBeLessThan(2);
  });

  it('gives, shard by shard, the same scores as the whole engine', () => {
    for (const shard of shards) {
      const part = loadTextShard(layout, themes.toJSON(), shard);
      for (const [term] of shard.index.slice(0, 5)) {
        expect(part.search(term).length).toBeGreaterThan(0);
        expect(part.search(term)).toEqual(text.search(term));
      }
    }
  });

  it('keeps a small index in one shard', () => {
    const small = createTextEngine();
    small.addAll(documents.slice(0, 10));
    const split = splitTextEngine(small.toJSON());
    expect(split.layout.shardCount).toBe(1);
    expect(split.shards[0]?.index.length).toBe(small.toJSON().index.length);
  });
});
