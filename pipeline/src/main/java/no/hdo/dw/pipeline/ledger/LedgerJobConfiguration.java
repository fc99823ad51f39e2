package no.hdo.dw.pipeline.ledger;

import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.hdo.dw.pipeline.landing.LandingSteps;

/** The ledger source: the SAF-T general ledger, the approved budget and the customers' open items. */
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
