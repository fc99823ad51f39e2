package no.hdo.dw.warehouse.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jdbi.v3.core.Handle;

/** The SHA-256 digests the build compares nights by, and the digest of a table's rows. */
public final class Sha256 {

    private Sha256() {}

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds {@code text} and a separator, so that ("ab", "c") and ("a", "bc") differ. */
    public static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The rows of {@code relation} (a table or a parenthesised select): their count and an MD5 of them in order. */
    public static String ofRows(Handle handle, String relation) {
        return handle.createQuery("select count(*) || ':' || coalesce(md5(string_agg(t::varchar, chr(10)"
                        + " order by t::varchar)), '') from " + relation + " as t")
                .mapTo(String.class)
                .one();
    }
}
