package no.hdo.dw.pipeline.medielogg;

import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.hdo.dw.pipeline.landing.LandingSteps;

/** The medielogg source: the calls the media log recorded and its outages. */
@Configuration
public class MedieloggJobConfiguration {

    @Bean
    public MedieloggCallsFeed medieloggCallsFeed() {
        return new MedieloggCallsFeed();
    }

    @Bean
    public MedieloggAvailabilityFeed medieloggAvailabilityFeed() {
        return new MedieloggAvailabilityFeed();
    }

    @Bean
    public Step callsLandingStep(LandingSteps landingSteps, MedieloggCallsFeed medieloggCallsFeed) {
        return landingSteps.landingStep(medieloggCallsFeed);
    }

    @Bean
    public Step availabilityLandingStep(LandingSteps landingSteps, MedieloggAvailabilityFeed medieloggAvailabilityFeed) {
        return landingSteps.landingStep(medieloggAvailabilityFeed);
    }
}
