package no.hdo.dw.pipeline.video;

import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.hdo.dw.pipeline.landing.LandingSteps;

/** The video source: the Bliksund and SNLA video-call logs. */
@Configuration
public class VideoJobConfiguration {

    @Bean
    public BliksundFeed bliksundFeed() {
        return new BliksundFeed();
    }

    @Bean
    public SnlaFeed snlaFeed() {
        return new SnlaFeed();
    }

    @Bean
    public Step bliksundLandingStep(LandingSteps landingSteps, BliksundFeed bliksundFeed) {
        return landingSteps.landingStep(bliksundFeed);
    }

    @Bean
    public Step snlaLandingStep(LandingSteps landingSteps, SnlaFeed snlaFeed) {
        return landingSteps.landingStep(snlaFeed);
    }
}
