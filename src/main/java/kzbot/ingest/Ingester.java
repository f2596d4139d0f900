package kzbot.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import kzbot.domain.Corpus;
import kzbot.domain.Document;
import kzbot.domain.Fact;
import kzbot.domain.Place;
import kzbot.domain.Sentence;
import kzbot.domain.SentenceKind;
import kzbot.text.Gazetteer;
import kzbot.text.Mention;
import kzbot.text.TopicLexicon;

/**
 * Reads every {@code .txt} article of a folder and builds the corpus: documents, sentences with
 * exact offsets, partner and topic tags, and typed facts. Reads everything before anything is
 * written, so a bad file stops the ingest before the database is touched.
 */
public final class Ingester {
    private static final int TITLE_MAX = 120;

    private final SentenceSplitter splitter;
    private final Gazetteer gazetteer;
    private final TopicLexicon lexicon;
    private final kzbot.nlu.Linguistics linguistics;
    private final kzbot.text.Lexicon words;

    public Ingester(SentenceSplitter splitter, Gazetteer gazetteer, TopicLexicon lexicon, kzbot.nlu.Linguistics linguistics,
                    kzbot.text.Lexicon words) {
        this.splitter = splitter;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.linguistics = linguistics;
        this.words = words;
    }

    /** The ingester with English models and kzbot's own word lists. */
    public static Ingester english() {
        kzbot.nlu.Language english = kzbot.nlu.Language.english();
        return new Ingester(SentenceSplitter.english(), english.gazetteer(), english.topics(), english.linguistics(), english.lexicon());
    }

    public Corpus ingest(Path sourcesDir) {
        return ingest(List.of(sourcesDir));
    }

    /** Every article of several folders in one corpus; any bad article stops the ingest. */
    public Corpus ingest(List<Path> sourcesDirs) {
        return ingest(sourcesDirs, null);
    }

    /**
     * Every article of several folders in one corpus; two articles with one id are refused. With
     * {@code skipped} given, an article that cannot be read (or its metadata) is reported to it and
     * left out instead of stopping the ingest; a folder left with no article still stops it.
     */
    public Corpus ingest(List<Path> sourcesDirs, java.util.function.Consumer<IngestException> skipped) {
        CorpusBuilder all = new CorpusBuilder();
        ingest(sourcesDirs, skipped, part -> {
            all.documents.addAll(part.documents());
            all.sentences.addAll(part.sentences());
            all.partners.addAll(part.partners());
            all.topics.addAll(part.topics());
            all.facts.addAll(part.facts());
        });
        return all.build();
    }

    /**
     * The ingest, handed to {@code sink} one article at a time (ids run on across articles), so
     * that a large corpus is written as it is read and never held whole in memory. Every article is
     * read and checked before the first is handed on: a bad one stops the ingest before anything is
     * written, unless {@code skipped} is given.
     */
    public void ingest(List<Path> sourcesDirs, java.util.function.Consumer<IngestException> skipped,
                       java.util.function.Consumer<Corpus> sink) {
        List<Path> files = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        for (Path dir : sourcesDirs) {
            for (Path path : list(dir)) {
                try {
                    SourceFile f = SourceFile.read(path);
                    SourceMetadata.forArticle(f.path(), f.id());
                    Path before = ids.putIfAbsent(f.id(), f.path());
                    if (before != null) {
                        throw new IngestException(IngestException.Reason.BAD_DATA, f.path() + ": the id " + f.id()
                                + " is taken by " + before);
                    }
                    files.add(path);
                } catch (IngestException e) {
                    if (skipped == null) {
                        throw e;
                    }
                    skipped.accept(e);
                }
            }
        }
        if (files.isEmpty()) {
            throw new IngestException(IngestException.Reason.NO_INPUT, sourcesDirs.get(0) + ": no readable .txt article to ingest");
        }
        CorpusBuilder out = new CorpusBuilder();
        for (Path path : files) {
            // read again rather than kept: a thousand articles' texts would crowd a small heap
            SourceFile f = SourceFile.read(path);
            add(out, f, SourceMetadata.forArticle(f.path(), f.id()));
            sink.accept(out.build());
            out.clear();
        }
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IngestException(IngestException.Reason.NO_INPUT, dir + ": no such folder of articles");
        }
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new IngestException(IngestException.Reason.IO, dir + ": cannot list the folder (" + IngestException.describe(e) + ")", e);
        }
        if (paths.isEmpty()) {
            throw new IngestException(IngestException.Reason.NO_INPUT, dir + ": no .txt articles to ingest");
        }
        return paths;
    }

    private void add(CorpusBuilder out, SourceFile f, SourceMetadata meta) {
        String text = f.text();
        List<TextUnit> units = splitter.split(text);
        String title = meta.title().isEmpty() ? titleFrom(text, units) : meta.title();
        String partner = mainPartner(text, units, title);
        CodePoints cp = new CodePoints(text);
        out.documents.add(new Document(f.id(), title, String.join("; ", meta.authors()), meta.publisher(),
                meta.published(), meta.url(), f.sha256(), partner, text.codePointCount(0, text.length())));
        java.util.OptionalInt published = meta.published().matches("\\d{4}.*")
                ? java.util.OptionalInt.of(Integer.parseInt(meta.published().substring(0, 4))) : java.util.OptionalInt.empty();
        FactExtractor extractor = new FactExtractor(gazetteer, lexicon, words, partner, published);
        int position = 0;
        for (TextUnit u : units) {
            long sid = ++out.sentenceId;
            String sentence = text.substring(u.start(), u.end());
            List<kzbot.domain.Word> read = linguistics.read(sentence);
            out.sentences.add(new Sentence(sid, f.id(), position++, u.paragraph(), cp.of(u.start()), cp.of(u.end()),
                    u.kind(), sentence, lemmas(read)));
            SentenceFacts sf = extractor.extract(sentence, read, u.kind(), u.paragraph());
            sf.partners().forEach(p -> out.partners.add(new Corpus.SentencePartner(sid, p.partner(), p.explicit())));
            for (int r = 0; r < sf.topics().size(); r++) {
                out.topics.add(new Corpus.SentenceTopic(sid, sf.topics().get(r), r));
            }
            for (SentenceFacts.ExtractedFact ef : sf.facts()) {
                FoundValue v = ef.value();
                out.facts.add(new Fact(++out.factId, f.id(), sid, ef.partner(), ef.topic(), v.kind(),
                        sentence.substring(v.start(), v.end()), ef.normalised(), v.number(), v.unit(), v.year(),
                        planned(v, meta.published()), v.role(), cp.of(u.start() + v.start()), cp.of(u.start() + v.end()), ef.frame()));
            }
        }
    }

    /**
     * A figure of a year after the article was published is one planned or forecast, whatever verb
     * the sentence uses ("the delivery of 30 locomotives by 2027" in a 2024 article): planned, not done.
     */
    private static String planned(FoundValue v, String published) {
        boolean figure = v.kind() == kzbot.domain.FactKind.MONEY || v.kind() == kzbot.domain.FactKind.QUANTITY
                || v.kind() == kzbot.domain.FactKind.COUNT || v.kind() == kzbot.domain.FactKind.PERCENT;
        if (!figure || !v.qualifier().isEmpty() || v.year().isEmpty() || !published.matches("\\d{4}.*")) {
            return v.qualifier();
        }
        return v.year().getAsInt() > Integer.parseInt(published.substring(0, 4)) ? "planned" : v.qualifier();
    }

    /** The lemmas of a sentence's words (not its punctuation), space-separated: what the answerer matches. */
    private static String lemmas(List<kzbot.domain.Word> read) {
        StringBuilder sb = new StringBuilder();
        for (kzbot.domain.Word w : read) {
            if (w.isWord()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(w.lemma().replace(' ', '_'));
            }
        }
        return sb.toString();
    }

    /** The article's first line, or its first sentence when the line is long, as a title. */
    private static String titleFrom(String text, List<TextUnit> units) {
        TextUnit first = units.get(0);
        int lineEnd = text.indexOf('\n', first.start());
        String line = text.substring(first.start(), lineEnd < 0 ? text.length() : lineEnd).strip();
        if (line.length() <= TITLE_MAX) {
            return line;
        }
        String sentence = text.substring(first.start(), first.end());
        if (sentence.length() <= TITLE_MAX) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', TITLE_MAX - 1);
        return sentence.substring(0, cut > 0 ? cut : TITLE_MAX - 1) + "…";
    }

    /** The place the article talks about most (its title counts three times), Kazakhstan aside. */
    private String mainPartner(String text, List<TextUnit> units, String title) {
        Map<String, Integer> counts = new HashMap<>();
        // "US$386 million" in a title or a paragraph is a currency, not the United States
        for (Mention<Place> m : gazetteer.findPlacesOutsideNames(title)) {
            if (!m.value().isSubject()) {
                counts.merge(m.value().name(), 3, Integer::sum);
            }
        }
        for (TextUnit u : units) {
            if (u.kind() == SentenceKind.REFERENCE || u.kind() == SentenceKind.BOILERPLATE) {
                continue;
            }
            for (Mention<Place> m : gazetteer.findPlacesOutsideNames(text.substring(u.start(), u.end()))) {
                if (!m.value().isSubject()) {
                    counts.merge(m.value().name(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
    }

    /** Accumulates rows with ids assigned in file and sentence order, so the same input gives the same ids. */
    private static final class CorpusBuilder {
        final List<Document> documents = new ArrayList<>();
        final List<Sentence> sentences = new ArrayList<>();
        final List<Corpus.SentencePartner> partners = new ArrayList<>();
        final List<Corpus.SentenceTopic> topics = new ArrayList<>();
        final List<Fact> facts = new ArrayList<>();
        long sentenceId;
        long factId;

        Corpus build() {
            return new Corpus(documents, sentences, partners, topics, facts);
        }

        /** Forgets what was built; the ids run on. */
        void clear() {
            documents.clear();
            sentences.clear();
            partners.clear();
            topics.clear();
            facts.clear();
        }
    }

}
