package kzbot.ingest;

import kzbot.domain.SentenceKind;

/** A sentence-like unit of a document, with UTF-16 offsets into the document's text. */
public record TextUnit(int start, int end, int paragraph, SentenceKind kind) {
}
