package no.hdo.dw.jobs.pack;

/** One block of the report pack's document, in the report's order. */
public sealed interface PackBlock {

    /** A section heading ("Økonomi") or, with level 2, a sub-heading. */
    record Heading(String text, int level) implements PackBlock {}

    /** A paragraph of Norwegian text. */
    record Text(String text) implements PackBlock {}

    /** A note in small italics, e.g. what "–" means. */
    record Note(String text) implements PackBlock {}

    record Table(PackTable table) implements PackBlock {}

    record Figure(PackFigure figure) implements PackBlock {}

    /**
     * Figures the document gives in a sentence (liquidity, the period's video calls), handed over as a CSV
     * table too, for the author who works in Excel: no table in the document.
     */
    record Data(PackTable table) implements PackBlock {}
}
