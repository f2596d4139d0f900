package kzbot.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The optional {@code <id>.meta.json} beside an article: only what the text states or clearly
 * implies. Every field may be absent.
 */
public record SourceMetadata(@JsonProperty("title") String title, @JsonProperty("authors") List<String> authors,
                             @JsonProperty("publisher") String publisher, @JsonProperty("published") String published,
                             @JsonProperty("url") String url) {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public SourceMetadata {
        title = blankToEmpty(title);
        authors = authors == null ? List.of() : authors.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        publisher = blankToEmpty(publisher);
        published = blankToEmpty(published);
        url = blankToEmpty(url);
    }

    public static SourceMetadata none() {
        return new SourceMetadata(null, null, null, null, null);
    }

    /** Reads {@code <id>.meta.json} next to the article, or nothing when there is none. */
    public static SourceMetadata forArticle(Path article, String id) {
        Path meta = article.resolveSibling(id + ".meta.json");
        if (!Files.exists(meta)) {
            return none();
        }
        SourceMetadata m;
        try {
            m = JSON.readValue(Files.readString(meta), SourceMetadata.class);
        } catch (JacksonException e) {
            throw SourceFile.bad(meta, "not valid metadata JSON: " + e.getOriginalMessage());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw SourceFile.bad(meta, "not valid UTF-8");
        } catch (IOException e) {
            throw new IngestException(IngestException.Reason.IO, meta + ": cannot read the file (" + IngestException.describe(e) + ")", e);
        }
        if (m == null) {
            throw SourceFile.bad(meta, "empty metadata file");
        }
        if (!m.published().isEmpty() && !DATE.matcher(m.published()).matches()) {
            throw SourceFile.bad(meta, "\"published\" must be YYYY, YYYY-MM or YYYY-MM-DD, not " + m.published());
        }
        if (!m.url().isEmpty() && !URL.matcher(m.url()).matches()) {
            throw SourceFile.bad(meta, "\"url\" must start with http:// or https://");
        }
        return m;
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
