package no.hdo.dw.pipeline.landing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads lines as bytes and decodes each one strictly, so that a byte that is not UTF-8 is named by
 * the line it is on (a decoding reader reads ahead and would blame an earlier line).
 */
public final class Utf8LineReader implements AutoCloseable {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];

    public Utf8LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its CR LF or LF, or null at the end. */
    public String readLine() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? decode(length) : null;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int chunk = position - start;
            if (length + chunk > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
            }
            System.arraycopy(buffer, start, line, length, chunk);
            length += chunk;
            if (position < limit) {
                position++;
                return decode(length);
            }
        }
    }

    private String decode(int length) throws CharacterCodingException {
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        boolean ascii = true;
        for (int index = 0; index < length; index++) {
            if (line[index] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(line, 0, length, StandardCharsets.ISO_8859_1);
        }
        return decoder.decode(ByteBuffer.wrap(line, 0, length)).toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
