package no.hdo.dw.warehouse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The domains of the warehouse: the calendar and the five sources (the source words of sources.md).
 * A model or data test belongs to the domain its name carries ({@code stg_ledger__…},
 * {@code fct_turnus_…}, {@code assert_bi_video__…}); one that names none (the freshness of every
 * feed, {@code assert_bi__columns_suit_power_bi}) belongs to the whole publication. A failed data test
 * holds back its domain's publication, and with it every domain whose models read that domain's.
 */
public final class Domains {

    public static final List<String> ALL = List.of("calendar", "ledger", "turnus", "video", "medielogg", "lifex");

    private static final Pattern DOMAIN = Pattern.compile("(?:^|_)(" + String.join("|", ALL) + ")(?:_|$)");
    private static final Pattern REFERENCE =
            Pattern.compile("\\b(?:staging|intermediate|marts|reporting|bi)\\.(\\w+)\\b");

    private Domains() {}

    /** The domain of a model, table or data test by its name (with or without its schema), or null: the whole. */
    public static String of(String name) {
        String bare = name.substring(name.lastIndexOf('.') + 1);
        Matcher matcher = DOMAIN.matcher(bare);
        return matcher.find() ? matcher.group(1) : null;
    }

    /**
     * The domains to hold back when {@code failed} failed: those and every domain whose models read,
     * directly or through others, a model of one of them.
     */
    public static Set<String> heldBack(Set<String> failed) {
        Map<String, Set<String>> reads = dependencies();
        Set<String> held = new TreeSet<>(failed);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, Set<String>> domain : reads.entrySet()) {
                // the models of the whole (the feeds' freshness) are about every feed: never held back
                if (domain.getKey() != null
                        && !held.contains(domain.getKey())
                        && domain.getValue().stream().anyMatch(held::contains)) {
                    held.add(domain.getKey());
                    grew = true;
                }
            }
        }
        return held;
    }

    /**
     * The domains the failed data tests hold back, each with its reason (the failed tests with their
     * offending rows, or the held domain it reads); empty when nothing can be published: a failed test
     * of the whole publication, or every domain held back.
     */
    public static Optional<Map<String, String>> heldBackFor(List<DataTests.Failure> failures) {
        Map<String, List<String>> failedTests = new TreeMap<>();
        for (DataTests.Failure failure : failures) {
            String domain = of(failure.test());
            if (domain == null) {
                return Optional.empty();
            }
            failedTests.computeIfAbsent(domain, key -> new ArrayList<>()).add(failure.describe());
        }
        Set<String> held = heldBack(failedTests.keySet());
        if (held.containsAll(ALL)) {
            return Optional.empty();
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String domain : ALL) {
            if (failedTests.containsKey(domain)) {
                reasons.put(domain, String.join("; ", failedTests.get(domain)));
            } else if (held.contains(domain)) {
                reasons.put(
                        domain, "its models read a domain held back (" + String.join(", ", failedTests.keySet()) + ")");
            }
        }
        return Optional.of(reasons);
    }

    /** Per domain (and null, the models of the whole), the other domains its models read. */
    static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> reads = new HashMap<>();
        for (ModelBuild.Model model : ModelBuild.models()) {
            String domain = of(model.qualifiedName());
            Matcher reference = REFERENCE.matcher(model.sql());
            while (reference.find()) {
                String read = of(reference.group(1));
                if (read != null && !read.equals(domain)) {
                    reads.computeIfAbsent(domain, key -> new HashSet<>()).add(read);
                }
            }
        }
        return reads;
    }
}
