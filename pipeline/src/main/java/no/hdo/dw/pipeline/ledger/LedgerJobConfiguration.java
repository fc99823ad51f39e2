package no.hdo.dw.pipeline.ledger;

import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.hdo.dw.pipeline.landing.LandingSteps;

/** The ledger source: the SAF-T general ledger, the approved budget, the customers' open items, and the report-line mapping. */
@Configuration
public class LedgerJobConfiguration {

    @Bean
    public SaftFeed saftFeed() {
        return new SaftFeed();
    }

    @Bean
    public BudgetFeed budgetFeed() {
        return new BudgetFeed();
    }

    @Bean
    public ReceivablesFeed receivablesFeed() {
        return new ReceivablesFeed();
    }

    @Bean
    public MappingFeed mappingFeed() {
        return new MappingFeed();
    }

    @Bean
    public Step mappingLandingStep(LandingSteps landingSteps, MappingFeed mappingFeed) {
        return landingSteps.landingStep(mappingFeed);
    }

    @Bean
    public Step saftLandingStep(LandingSteps landingSteps, SaftFeed saftFeed) {
        return landingSteps.landingStep(saftFeed);
    }

    @Bean
    public Step budgetLandingStep(LandingSteps landingSteps, BudgetFeed budgetFeed) {
        return landingSteps.landingStep(budgetFeed);
    }

    @Bean
    public Step receivablesLandingStep(LandingSteps landingSteps, ReceivablesFeed receivablesFeed) {
        return landingSteps.landingStep(receivablesFeed);
    }
}
