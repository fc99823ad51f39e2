package no.hdo.dw.pipeline.turnus;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The turnus source: employments, shifts and absences from the rostering system. Every
 * {@code employee_no} becomes a pseudonym in the validators, before anything is written. The key
 * comes from where the run's job parameter {@value #PSEUDONYM_KEY_SOURCE_PARAMETER} says
 * ({@link PseudonymKey#fromSource}), read when a landing step starts; without one a turnus record
 * cannot land.
 */
@Configuration
public class TurnusJobConfiguration {

    /** The job parameter naming where the key is: never the key itself, which must not be stored in the job repository. */
    public static final String PSEUDONYM_KEY_SOURCE_PARAMETER = "pseudonym.key.source";

    @Bean
    @StepScope
    public Pseudonymiser pseudonymiser(
            @Value("#{jobParameters['" + PSEUDONYM_KEY_SOURCE_PARAMETER + "']}") String keySource) {
        return new Pseudonymiser(
                PseudonymKey.fromSource(keySource, System.getenv()).orElse(null));
    }

    @Bean
    public EmployeesFeed employeesFeed(Pseudonymiser pseudonymiser) {
        return new EmployeesFeed(pseudonymiser);
    }

    @Bean
    public ShiftsFeed shiftsFeed(Pseudonymiser pseudonymiser) {
        return new ShiftsFeed(pseudonymiser);
    }

    @Bean
    public AbsencesFeed absencesFeed(Pseudonymiser pseudonymiser) {
        return new AbsencesFeed(pseudonymiser);
    }
}
