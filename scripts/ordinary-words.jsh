// Lists the English words that the misspelling matcher would take for a place name, so that they
// can be kept as ordinary words (src/main/resources/kzbot/nlu/ordinary-words.txt).
// Run: jshell --class-path target/kzbot.jar -R-Dwords=/usr/share/dict/words scripts/ordinary-words.jsh
var g = kzbot.text.Gazetteer.load();
var nlu = new kzbot.nlu.NluModels(g, new kzbot.text.TopicLexicon(), kzbot.nlu.QuestionTokenizer.english());
var r = nlu.recognizer(java.util.Set.of(), java.util.List.of(), java.util.Optional.empty());
var out = new java.util.TreeSet<String>();
for (String w : java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getProperty("words")))) {
    if (w.length() >= 5 && w.chars().allMatch(c -> c >= 'a' && c <= 'z') && g.place(w).isEmpty()) {
        for (var e : r.find(w)) {
            if (e.type() == kzbot.domain.Entity.Type.COUNTRY && e.text().equals(w)) {
                out.add(w);
            }
        }
    }
}
out.forEach(System.out::println);
/exit
