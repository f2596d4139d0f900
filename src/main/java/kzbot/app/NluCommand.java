package kzbot.app;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import kzbot.domain.Entity;
import kzbot.domain.Interpretation;
import kzbot.nlu.Interpreter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "nlu", mixinStandardHelpOptions = true,
        description = "Prints how kzbot reads a question: intent, confidence, runners-up and entities.")
final class NluCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Paths paths;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "the question (several words are joined)")
    List<String> words;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Interpreter interpreter = Wiring.interpreter(paths, List.of());
        Interpretation i = interpreter.interpret(String.join(" ", words));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toMap(i)));
        } else {
            out.print(kzbot.answer.Explanation.of(i));
        }
        return ExitCodes.OK;
    }

    static Map<String, Object> toMap(Interpretation i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("question", i.question());
        m.put("intent", i.intent().code());
        m.put("confidence", i.confidence());
        m.put("confident", i.confident());
        m.put("alternatives", i.alternatives().stream().map(a -> Map.of("intent", a.intent().code(), "score", a.score()))
                .toList());
        m.put("entities", kzbot.answer.AnswerJson.entities(i));
        return m;
    }
}
