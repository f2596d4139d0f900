package kzbot.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import kzbot.answer.Answer;
import kzbot.answer.AnswerJson;
import kzbot.answer.Answerer;
import kzbot.cli.AnswerText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answers a question with citations.",
                "--jsonl reads one question per line from standard input and writes one JSON line per question."})
final class AskCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Paths paths;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "the question (several words are joined)")
    List<String> words;

    @Option(names = "--json", description = "print the answer contract as JSON")
    boolean json;

    @Option(names = "--jsonl", description = "questions on standard input, one JSON line out per line in")
    boolean jsonl;

    @Option(names = "--trace", description = "also print how the question was read and its best candidate sentences")
    boolean trace;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (jsonl == (words != null && !words.isEmpty())) {
            throw new CommandLine.ParameterException(spec.commandLine(), jsonl
                    ? "--jsonl reads questions from standard input: give no QUESTION" : "give a QUESTION (or --jsonl)");
        }
        Answerer answerer = Wiring.answerer(paths);
        ObjectMapper mapper = new ObjectMapper();
        if (jsonl) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.println(mapper.writeValueAsString(AnswerJson.of(line, answerer.answer(line))));
                out.flush();
            }
            return ExitCodes.OK;
        }
        String question = String.join(" ", words);
        if (trace) {
            out.print(answerer.trace(question));
        }
        Answer a = answerer.answer(question);
        out.print(json ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(AnswerJson.of(question, a))
                + System.lineSeparator() : AnswerText.of(a));
        return ExitCodes.OK;
    }
}
