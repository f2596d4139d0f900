-- kzbot fact table. Offsets (start_char, end_char) count Unicode code points of the source file's
-- text, end exclusive: the file's text from start_char to end_char equals the row's text.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE documents (
    id             TEXT PRIMARY KEY,
    title          TEXT NOT NULL,
    author         TEXT NOT NULL,
    publisher      TEXT NOT NULL,
    published      TEXT NOT NULL,
    url            TEXT NOT NULL,
    sha256         TEXT NOT NULL,
    partner        TEXT NOT NULL,
    length         INTEGER NOT NULL,
    sentence_count INTEGER NOT NULL
);

CREATE TABLE sentences (
    id         INTEGER PRIMARY KEY,
    doc_id     TEXT NOT NULL REFERENCES documents (id),
    position   INTEGER NOT NULL,
    paragraph  INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    -- the sentence's rows of sentence_partners and sentence_topics again, so that a candidate
    -- sentence is read in one row: 'Pakistan=1;Central Asia=0' (name=explicit, by name) and
    -- 'trade=0;energy=1' (topic=rank, strongest first)
    partners   TEXT NOT NULL,
    topics     TEXT NOT NULL,
    -- the partners again as one search word each ('p0pakistan p0centralasia'), indexed beside the
    -- text so that a full-text search can be narrowed to a partner's sentences before ranking
    partner_keys TEXT NOT NULL,
    -- the lemmas of the sentence's words, space-separated, as OpenNLP's tagger and lemmatizer read
    -- them at ingest: what a question's words are matched against
    lemmas     TEXT NOT NULL,
    UNIQUE (doc_id, position)
);
CREATE INDEX sentences_paragraph ON sentences (doc_id, paragraph);

CREATE VIRTUAL TABLE sentences_fts USING fts5 (
    text,
    partner_keys,
    content = 'sentences',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- in how many sentences each word (folded: lower case, no accents) stands: what a question's
-- word costs to search for, looked up before the search
CREATE TABLE word_counts (
    word      TEXT PRIMARY KEY,
    sentences INTEGER NOT NULL,
    -- 1 for a word the articles always capitalise inside a sentence: a name ("Goa", "Osh")
    proper    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE sentence_partners (
    sentence_id INTEGER NOT NULL REFERENCES sentences (id),
    partner     TEXT NOT NULL,
    explicit    INTEGER NOT NULL,
    PRIMARY KEY (partner, sentence_id)
) WITHOUT ROWID;
CREATE INDEX sentence_partners_sentence ON sentence_partners (sentence_id);

CREATE TABLE sentence_topics (
    sentence_id INTEGER NOT NULL REFERENCES sentences (id),
    topic       TEXT NOT NULL,
    rank        INTEGER NOT NULL,
    PRIMARY KEY (topic, sentence_id)
) WITHOUT ROWID;
CREATE INDEX sentence_topics_sentence ON sentence_topics (sentence_id);

CREATE TABLE facts (
    id          INTEGER PRIMARY KEY,
    doc_id      TEXT NOT NULL REFERENCES documents (id),
    sentence_id INTEGER NOT NULL REFERENCES sentences (id),
    partner     TEXT NOT NULL,
    topic       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    value_text  TEXT NOT NULL,
    value_norm  TEXT NOT NULL,
    value_num   REAL,
    unit        TEXT NOT NULL,
    year        INTEGER,
    qualifier   TEXT NOT NULL,
    role        TEXT NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    -- the fact's frame: the noun it counts, measures or names (lemma), that noun's phrase as
    -- written and its modifiers (lemmas), the verb of its clause (lemma), the part its year plays
    -- (own, comparison, period, part, none) and how precise a date is (day, month, year, none)
    noun        TEXT NOT NULL,
    noun_text   TEXT NOT NULL,
    modifiers   TEXT NOT NULL,
    predicate   TEXT NOT NULL,
    time_role   TEXT NOT NULL,
    precision   TEXT NOT NULL
);
CREATE INDEX facts_partner ON facts (partner, topic, kind);
CREATE INDEX facts_topic ON facts (topic, kind);
CREATE INDEX facts_kind_year ON facts (kind, year);
-- the first sentences with a fact of a kind, without reading every fact of that kind
CREATE INDEX facts_kind_sentence ON facts (kind, sentence_id);
CREATE INDEX facts_sentence ON facts (sentence_id);
