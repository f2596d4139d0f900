package kzbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Four-letter word beginnings as features, so that "investmnet", "investors" and "investment"
 * share evidence. OpenNLP saves feature generators by class name: this one needs no arguments.
 */
public final class PrefixFeatureGenerator implements FeatureGenerator {
    private static final int LENGTH = 4;

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> out = new ArrayList<>();
        for (String t : text) {
            if (t.length() > LENGTH + 1 && !t.startsWith("ent") && Character.isLetter(t.charAt(0))) {
                out.add("pre=" + t.substring(0, LENGTH));
            }
        }
        return out;
    }
}
