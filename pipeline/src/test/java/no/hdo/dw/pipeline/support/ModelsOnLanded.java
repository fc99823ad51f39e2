package no.hdo.dw.pipeline.support;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import no.hdo.dw.pipeline.landing.FeedSpec;
import no.hdo.dw.pipeline.landing.LandingRegistry;
import no.hdo.dw.pipeline.landing.RawViews;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;
import no.hdo.dw.warehouse.ModelBuild;

/**
 * Builds a part of the warehouse on what the landing steps left in a home, as the nightly job's build
 * step does, without the rest of the night: the {@code raw} views of the feeds over the registered
 * Parquet files ({@link RawViews}; a feed with no file gets an empty view), then the SQL models
 * {@code which} selects ({@link ModelBuild#runOnly}), in the home's work warehouse. Read the models
 * back with {@link LandedRows#work}.
 */
public final class ModelsOnLanded {

    private ModelsOnLanded() {}

    public static void build(
            Home home, List<? extends FeedSpec<?, ?>> feeds, LocalDate runDate, Predicate<ModelBuild.Model> which) {
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(home.workWarehouse())) {
            work.jdbi().useHandle(handle -> {
                handle.execute("create schema if not exists raw");
                for (String statement : RawViews.statements(feeds, new LandingRegistry(work.jdbi(), home.landing()))) {
                    handle.execute(statement);
                }
            });
            ModelBuild.runOnly(work.jdbi(), runDate, which);
        }
    }
}
