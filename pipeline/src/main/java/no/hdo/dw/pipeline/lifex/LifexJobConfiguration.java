package no.hdo.dw.pipeline.lifex;

import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.hdo.dw.pipeline.landing.LandingSteps;

/** The lifex source: the snapshots of the LifeX rollout tracker. */
@Configuration
public class LifexJobConfiguration {

    @Bean
    public LifexTrackerFeed lifexTrackerFeed() {
        return new LifexTrackerFeed(WorkbookLimits.fromSystemProperties());
    }

    @Bean
    public Step trackerLandingStep(LandingSteps landingSteps, LifexTrackerFeed lifexTrackerFeed) {
        return landingSteps.landingStep(lifexTrackerFeed);
    }
}
