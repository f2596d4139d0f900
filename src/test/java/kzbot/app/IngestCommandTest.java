package kzbot.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IngestCommandTest {
    @TempDir
    Path tmp;
    Path sources;
    Path db;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void copySeeds() throws IOException {
        sources = Files.createDirectories(tmp.resolve("sources"));
        db = tmp.resolve("db/kzbot.db");
        try (Stream<Path> s = Files.list(Path.of("data/sources"))) {
            for (Path p : s.toList()) {
                Files.copy(p, sources.resolve(p.getFileName()));
            }
        }
    }

    @Test
    void ingestsTheSeedsAndPrintsASummary() {
        Result r = run("ingest", "--sources", sources.toString(), "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ingested 5 documents"), r.out());
        assertTrue(r.out().contains("facts by kind:") && r.out().contains("money"), r.out());
        assertTrue(r.out().contains("facts by topic:") && r.out().contains(" ms"), r.out());
        assertTrue(Files.isRegularFile(db));
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "whitespace", "latin1", "binary", "unreadable", "badmeta"})
    void aFailedIngestLeavesThePreviousDatabaseByteForByte(String bad) throws IOException {
        assertEquals(0, run("ingest", "--sources", sources.toString(), "--db", db.toString()).code());
        byte[] before = Files.readAllBytes(db);
        String name = addBadFile(bad);
        Result r = run("ingest", "--sources", sources.toString(), "--db", db.toString());
        assertEquals("unreadable".equals(bad) ? ExitCodes.IO : ExitCodes.DATA, r.code(), r.err());
        assertTrue(r.err().contains(name), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertArrayEquals(before, Files.readAllBytes(db));
        try (Stream<Path> s = Files.list(db.getParent())) {
            assertEquals(1, s.count(), "no temporary file left beside the database");
        }
    }

    private String addBadFile(String bad) throws IOException {
        Path p = sources.resolve("zz-bad.txt");
        switch (bad) {
            case "empty" -> Files.write(p, new byte[0]);
            case "whitespace" -> Files.writeString(p, " \n\t\n", StandardCharsets.UTF_8);
            case "latin1" -> Files.write(p, "Kazakhstan and T\u00fcrkiye signed".getBytes(StandardCharsets.ISO_8859_1));
            case "binary" -> Files.write(p, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
            case "unreadable" -> Files.createDirectory(p);
            case "badmeta" -> {
                Files.writeString(p, "Title\nKazakhstan and Chile met.\n", StandardCharsets.UTF_8);
                Files.writeString(sources.resolve("zz-bad.meta.json"), "{\"published\": \"last spring\"}",
                        StandardCharsets.UTF_8);
                return "zz-bad.meta.json";
            }
            default -> throw new IllegalArgumentException(bad);
        }
        return "zz-bad.txt";
    }

    @Test
    void aMissingFolderIsNoInput() {
        Result r = run("ingest", "--sources", tmp.resolve("nope").toString(), "--db", db.toString());
        assertEquals(ExitCodes.NO_INPUT, r.code());
        assertTrue(r.err().contains("nope"), r.err());
        assertFalse(Files.exists(db));
    }

    @Test
    void everySubcommandHasHelp() {
        for (String cmd : new String[] {"ingest", "facts"}) {
            Result r = run(cmd, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: kzbot " + cmd), r.out());
        }
        assertEquals(0, run("--help").code());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Result r = run("ingest", "--no-such-flag");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--no-such-flag"), r.err());
        assertEquals(ExitCodes.USAGE, run("facts", "--topic", "weather").code());
    }

    @Test
    void listsFactsByPartnerAliasAsTextAndJson() {
        assertEquals(0, run("ingest", "--sources", sources.toString(), "--db", db.toString()).code());
        Result text = run("facts", "--partner", "pakistani", "--kind", "money", "--year", "2023", "--db", db.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("$138 million") && text.out().contains("1 fact"), text.out());
        Result json = run("facts", "--partner", "Turkey", "--topic", "agreement", "--json", "--db", db.toString());
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"year\" : 2017") && json.out().contains("\"source\" : \"kz-middle-east\""),
                json.out());
    }

    @Test
    void factsWithoutADatabaseSaysHowToBuildIt() {
        Result r = run("facts", "--db", tmp.resolve("missing.db").toString());
        assertEquals(ExitCodes.NO_INPUT, r.code());
        assertTrue(r.err().contains("kzbot ingest"), r.err());
    }
}
