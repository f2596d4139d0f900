package kzbot.store;

/** A sentence found by full-text search, with its BM25 score (lower is better, as FTS5 gives it). */
public record SearchHit(long sentenceId, double bm25) {
}
