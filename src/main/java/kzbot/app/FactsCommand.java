package kzbot.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import kzbot.answer.FactJson;
import kzbot.domain.Document;
import kzbot.domain.Fact;
import kzbot.domain.FactKind;
import kzbot.domain.Place;
import kzbot.domain.Sentence;
import kzbot.domain.Topic;
import kzbot.store.FactQuery;
import kzbot.store.SqliteFactStore;
import kzbot.text.Gazetteer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Lists the facts kzbot knows, each with its cited sentence and source.")
final class FactsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--partner", paramLabel = "NAME", description = "country or region, any spelling (Turkey, Uzbek, Doha)")
    String partner;

    @Option(names = "--topic", paramLabel = "T", description = "one of: ${COMPLETION-CANDIDATES}",
            completionCandidates = TopicCodes.class)
    String topic;

    @Option(names = "--kind", paramLabel = "K", description = "one of: ${COMPLETION-CANDIDATES}",
            completionCandidates = KindCodes.class)
    String kind;

    @Option(names = "--year", paramLabel = "Y", description = "year of the figure")
    Integer year;

    @Option(names = "--limit", paramLabel = "N", description = "at most N facts (default: ${DEFAULT-VALUE})")
    int limit = 200;

    @picocli.CommandLine.Mixin
    Paths paths;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        FactQuery q = query();
        PrintWriter out = spec.commandLine().getOut();
        try (SqliteFactStore store = SqliteFactStore.open(paths.db())) {
            Map<String, Document> docs = new LinkedHashMap<>();
            store.documents().forEach(d -> docs.put(d.id(), d));
            List<Fact> facts = store.findFacts(q);
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Fact f : facts) {
                    rows.add(FactJson.of(f, store.sentence(f.sentenceId()).orElseThrow(), docs.get(f.docId())));
                }
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            } else {
                for (Fact f : facts) {
                    printFact(out, f, store.sentence(f.sentenceId()).orElseThrow(), docs.get(f.docId()));
                }
                out.printf(Locale.ROOT, "%d fact%s%n", facts.size(), facts.size() == 1 ? "" : "s");
            }
        }
        return ExitCodes.OK;
    }

    private FactQuery query() {
        FactQuery q = new FactQuery(java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.OptionalInt.empty(), Math.max(1, limit));
        if (partner != null) {
            String canonical = Gazetteer.load().place(partner).map(Place::name).orElse(partner.strip());
            q = q.withPartner(canonical);
        }
        if (topic != null) {
            q = q.withTopic(Topic.fromCode(topic).orElseThrow(() -> usage("unknown topic '" + topic + "'")));
        }
        if (kind != null) {
            q = q.withKind(FactKind.fromCode(kind).orElseThrow(() -> usage("unknown kind '" + kind + "'")));
        }
        if (year != null) {
            q = q.withYear(year);
        }
        return q;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static void printFact(PrintWriter out, Fact f, Sentence s, Document d) {
        String value = f.normalised().isEmpty() || f.normalised().equals(f.valueText())
                ? f.valueText() : f.valueText() + " (" + f.normalised() + ")";
        StringBuilder line = new StringBuilder();
        line.append(String.format(Locale.ROOT, "#%d %-12s %-40s partner=%s topic=%s", f.id(), f.kind().code(), value,
                f.partner().isEmpty() ? "-" : f.partner(), f.topic().code()));
        f.year().ifPresent(y -> line.append(" year=").append(y));
        f.valueNum().ifPresent(n -> line.append(" num=").append(String.format(Locale.ROOT, "%.0f", n)));
        if (!f.unit().isEmpty()) {
            line.append(" unit=").append(f.unit());
        }
        if (!f.qualifier().isEmpty()) {
            line.append(" qualifier=\"").append(f.qualifier()).append('"');
        }
        if (!f.role().isEmpty()) {
            line.append(" role=\"").append(f.role()).append('"');
        }
        // the frame read at ingest: what the value counts or names, its clause's verb, the part its year plays
        if (!f.frame().nounText().isEmpty()) {
            line.append(" noun=\"").append(f.frame().nounText()).append('"');
        }
        if (!f.frame().predicate().isEmpty()) {
            line.append(" verb=").append(f.frame().predicate());
        }
        if (f.frame().time() != kzbot.domain.Frame.TimeRole.NONE) {
            line.append(" time=").append(f.frame().time().code());
        }
        out.println(line);
        out.printf(Locale.ROOT, "    \"%s\"%n    — %s [%s %d–%d]%n", s.text(), d.title(), d.id(), s.start(), s.end());
    }

    static final class TopicCodes extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        TopicCodes() {
            for (Topic t : Topic.values()) {
                add(t.code());
            }
        }
    }

    static final class KindCodes extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        KindCodes() {
            for (FactKind k : FactKind.values()) {
                add(k.code());
            }
        }
    }
}
