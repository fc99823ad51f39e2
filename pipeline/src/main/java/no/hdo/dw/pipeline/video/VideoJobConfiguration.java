package no.hdo.dw.pipeline.video;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
