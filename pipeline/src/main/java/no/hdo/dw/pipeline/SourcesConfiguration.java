package no.hdo.dw.pipeline;

import no.hdo.dw.pipeline.ledger.LedgerJobConfiguration;
import no.hdo.dw.pipeline.lifex.LifexJobConfiguration;
import no.hdo.dw.pipeline.medielogg.MedieloggJobConfiguration;
import no.hdo.dw.pipeline.turnus.TurnusJobConfiguration;
import no.hdo.dw.pipeline.video.VideoJobConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Every source of sources.md with its feeds, in one place: the nightly job, the landing tests and the file trial. */
@Configuration
@Import({
    VideoJobConfiguration.class,
    LedgerJobConfiguration.class,
    TurnusJobConfiguration.class,
    MedieloggJobConfiguration.class,
    LifexJobConfiguration.class
})
public class SourcesConfiguration {}
