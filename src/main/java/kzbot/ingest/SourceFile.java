package kzbot.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** One article file, read strictly: UTF-8, text, not empty. */
public record SourceFile(String id, Path path, String text, String sha256) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public static SourceFile read(Path path) {
        String name = path.getFileName().toString();
        String id = name.substring(0, name.length() - ".txt".length());
        if (!ID.matcher(id).matches()) {
            throw bad(path, "the file name must be letters, digits, '.', '_' or '-' (at most 100) before .txt");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IngestException(IngestException.Reason.IO, path + ": cannot read the file (" + IngestException.describe(e) + ")", e);
        }
        if (bytes.length == 0) {
            throw bad(path, "the file is empty");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw bad(path, "binary file (it contains NUL bytes), not a text article");
            }
        }
        String text = decode(path, bytes);
        if (text.isBlank()) {
            throw bad(path, "the file holds only white space");
        }
        long controls = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t').count();
        if (controls > Math.max(2, text.length() / 100)) {
            throw bad(path, "binary file (" + controls + " control characters), not a text article");
        }
        return new SourceFile(id, path, text, sha256(bytes));
    }

    private static String decode(Path path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw bad(path, "not valid UTF-8 (bad byte at offset " + in.position() + "); save the article as UTF-8");
        } catch (CharacterCodingException e) {
            throw bad(path, "not valid UTF-8; save the article as UTF-8");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static IngestException bad(Path path, String why) {
        return new IngestException(IngestException.Reason.BAD_DATA, path + ": " + why);
    }
}
