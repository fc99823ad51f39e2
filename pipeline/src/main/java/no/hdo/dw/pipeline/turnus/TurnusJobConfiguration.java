package no.hdo.dw.pipeline.turnus;

import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.hdo.dw.pipeline.landing.LandingSteps;

/**
 * The turnus source: employments, shifts and absences from the rostering system. Every
 * {@code employee_no} becomes a pseudonym in the validators, before anything is written; the key
 * comes from the run ({@link PseudonymKey}), or there is none and a turnus record cannot land.
 */
@Configuration
public class TurnusJobConfiguration {

    @Bean
    public Pseudonymiser pseudonymiser(ObjectProvider<PseudonymKey> pseudonymKey) {
        return new Pseudonymiser(pseudonymKey.getIfAvailable());
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

    @Bean
    public Step employeesLandingStep(LandingSteps landingSteps, EmployeesFeed employeesFeed) {
        return landingSteps.landingStep(employeesFeed);
    }

    @Bean
    public Step shiftsLandingStep(LandingSteps landingSteps, ShiftsFeed shiftsFeed) {
        return landingSteps.landingStep(shiftsFeed);
    }

    @Bean
    public Step absencesLandingStep(LandingSteps landingSteps, AbsencesFeed absencesFeed) {
        return landingSteps.landingStep(absencesFeed);
    }
}
