/**
 * What {@code hdo-dw demo} prints after its nightly run: the report's tables, read from the
 * published warehouse. The scenario itself (the demo inbox, its months, people, planted bad records
 * and the figures it must reproduce) is the module {@code hdo-dw-demo}, package {@code no.hdo.dw.demo}.
 */
package no.hdo.dw.jobs.demo;
