package no.hdo.dw.pipeline.landing;

/** A feed of a source, named with the words of sources.md: {@code video/bliksund}. */
public record FeedId(String source, String feed) {

    /** The folder below the inbox and the landing archive. */
    public String path() {
        return source + "/" + feed;
    }

    /** The raw view over the feed's landed files: {@code raw.video__bliksund}. */
    public String rawView() {
        return "raw." + source + "__" + feed;
    }

    @Override
    public String toString() {
        return path();
    }
}
