package no.hdo.dw.pipeline.medielogg;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
