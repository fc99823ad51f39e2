package no.hdo.dw.jobs.nightly;

import java.util.Map;

import no.hdo.dw.pipeline.turnus.PseudonymKey;

/**
 * The settings of a nightly run beyond home, inbox and date: the pseudonym key (null when none was
 * given; a run whose inbox holds personal data then refuses to start) and the fewest persons a BI
 * figure may be about ({@code HDO_DW_MIN_PERSONS}, default 5, never below 5; sources.md, "Personal data").
 */
public record NightlyOptions(PseudonymKey pseudonymKey, int minPersons) {

    public static final String MIN_PERSONS_VARIABLE = "HDO_DW_MIN_PERSONS";
    public static final int DEFAULT_MIN_PERSONS = 5;
    /** The threshold can be raised, never lowered below this (sources.md, "Personal data"). */
    public static final int LOWEST_MIN_PERSONS = 5;

    public NightlyOptions {
        checkMinPersons("the fewest persons a published figure may be about", minPersons);
    }

    /**
     * {@code value}, when it is at least {@link #LOWEST_MIN_PERSONS}; else the one line that refuses
     * it, naming {@code setting} (the option or variable it came from).
     */
    public static int checkMinPersons(String setting, int value) {
        if (value < LOWEST_MIN_PERSONS) {
            throw new IllegalArgumentException(setting + " cannot be below " + LOWEST_MIN_PERSONS
                    + " (no published figure may be about fewer than 5 persons), not " + value);
        }
        return value;
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
        int minPersons;
        try {
            minPersons = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MIN_PERSONS_VARIABLE + " must be a whole number, not '" + value + "'");
        }
        return checkMinPersons(MIN_PERSONS_VARIABLE, minPersons);
    }

    public NightlyOptions withPseudonymKey(PseudonymKey key) {
        return new NightlyOptions(key, minPersons);
    }

    @Override
    public String toString() {
        return "NightlyOptions[pseudonymKey=" + (pseudonymKey == null ? "none" : pseudonymKey) + ", minPersons=" + minPersons + "]";
    }
}
