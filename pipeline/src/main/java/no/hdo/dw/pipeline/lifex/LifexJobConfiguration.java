package no.hdo.dw.pipeline.lifex;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lifex source: the snapshots of the LifeX rollout tracker. */
@Configuration
public class LifexJobConfiguration {

    @Bean
    public LifexTrackerFeed lifexTrackerFeed() {
        return new LifexTrackerFeed();
    }
}
