package no.hdo.dw.warehouse.turnus;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every test of the breach engine starts from: a fresh {@link AmlEngine} in a temporary folder
 * for each test, closed after it, and the fixture's person and breach format at hand. A subclass
 * holds only its given / when / then cases.
 */
abstract class AmlRuleTests {

    /** The person of the single-person cases. */
    static final String PERSON = AmlEngine.PERSON;

    @TempDir
    Path folder;

    AmlEngine engine;

    @BeforeEach
    void createEngine() {
        engine = AmlEngine.create(folder);
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    /** A breach as {@link AmlEngine#breaches()} lists it. */
    static String breach(String rule, String date, String measured, String limit) {
        return AmlEngine.breach(rule, date, measured, limit);
    }
}
