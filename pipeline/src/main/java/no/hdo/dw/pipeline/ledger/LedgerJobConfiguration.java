package no.hdo.dw.pipeline.ledger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
