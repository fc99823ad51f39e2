/**
 * The demo inbox that {@code hdo-dw demo} writes and then runs the nightly job on.
 *
 * <p>Choices where the contracts are silent:
 * <ul>
 *   <li>Video: one Bliksund and one SNLA file a week, Sundays 02:00 Oslo time from 2 February 2025
 *       to 1 March 2026, each with the calls that started in the 8 days before its stamp. The
 *       contract's "last 48 hours" is the production cadence; a weekly demo keeps the file count
 *       small while still making every file overlap the next by one day.</li>
 *   <li>On 30 March 2025 02:00 does not exist, so that delivery is stamped 03:00
 *       ({@code 20250330030000}); on 26 October 2025 the stamp is the first 02:00.</li>
 *   <li>A planted bad record's line number is its physical line in the file, the header being line 1.</li>
 * </ul>
 */
package no.hdo.dw.demo;
