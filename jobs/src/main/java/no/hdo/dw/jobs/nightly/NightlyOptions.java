package no.hdo.dw.jobs.nightly;

import java.util.Map;

import no.hdo.dw.pipeline.turnus.PseudonymKey;

/**
 * The settings of a nightly run beyond home, inbox and date: the pseudonym key (null when none was
 * given; a run whose inbox holds personal data then refuses to start) and the fewest persons a BI
 * figure may be about ({@code HDO_DW_MIN_PERSONS}, default 5; sources.md, "Personal data").
 */
public record NightlyOptions(PseudonymKey pseudonymKey, int minPersons, boolean rekey) {

    public static final String MIN_PERSONS_VARIABLE = "HDO_DW_MIN_PERSONS";
    public static final int DEFAULT_MIN_PERSONS = 5;

    public NightlyOptions {
        if (minPersons < 1) {
            throw new IllegalArgumentException("the fewest persons a BI figure may be about must be at least 1, not " + minPersons);
        }
    }

    public NightlyOptions(PseudonymKey pseudonymKey, int minPersons) {
        this(pseudonymKey, minPersons, false);
    }

    /** {@code HDO_DW_PSEUDONYM_KEY} and {@code HDO_DW_MIN_PERSONS} from the environment. */
    public static NightlyOptions fromEnvironment(Map<String, String> environment) {
        return new NightlyOptions(PseudonymKey.fromEnvironment(environment).orElse(null), minPersons(environment));
    }

    /** {@code HDO_DW_MIN_PERSONS}, or the default. */
    public static int minPersons(Map<String, String> environment) {
        String value = environment.get(MIN_PERSONS_VARIABLE);
        if (value == null || value.isBlank()) {
            return DEFAULT_MIN_PERSONS;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MIN_PERSONS_VARIABLE + " must be a whole number, not '" + value + "'");
        }
    }

    public NightlyOptions withPseudonymKey(PseudonymKey key) {
        return new NightlyOptions(key, minPersons, rekey);
    }

    /** Moving to a new pseudonym key on purpose: the turnus data made under the old key is retired and landed anew. */
    public NightlyOptions withRekey() {
        return new NightlyOptions(pseudonymKey, minPersons, true);
    }

    @Override
    public String toString() {
        return "NightlyOptions[pseudonymKey=" + (pseudonymKey == null ? "none" : pseudonymKey) + ", minPersons=" + minPersons + ", rekey=" + rekey + "]";
    }
}
