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
 * Reads lines as bytes and decodes each one strictly in the feed's encoding, so that a byte that
 * does not fit is named by its line and place (a decoding reader reads ahead and would blame an
 * earlier line, and say only "Input length = 1").
 */
public final class StrictLineReader implements AutoCloseable {

    /** A line holds a byte (sequence) that is not in the encoding: where, and which byte. */
    public static final class MalformedLineException extends CharacterCodingException {

        private final int position;
        private final int byteValue;

        MalformedLineException(int position, int byteValue) {
            this.position = position;
            this.byteValue = byteValue;
        }

        /** 1-based byte position in the line. */
        public int position() {
            return position;
        }

        public int byteValue() {
            return byteValue;
        }

        @Override
        public String getMessage() {
            return String.format("the byte 0x%02X at byte %d of the line", byteValue, position);
        }
    }

    /** A line longer than the reader takes: reading stops there, without holding more of it. */
    public static final class LineTooLongException extends IOException {

        private final long maxLineBytes;

        LineTooLongException(long maxLineBytes) {
            super("a line is longer than " + maxLineBytes + " bytes");
            this.maxLineBytes = maxLineBytes;
        }

        public long maxLineBytes() {
            return maxLineBytes;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];

    /** A reader that takes lines of any length the heap holds. */
    public StrictLineReader(InputStream in, java.nio.charset.Charset charset) {
        this(in, charset, Integer.MAX_VALUE - 16);
    }

    /** A reader that refuses ({@link LineTooLongException}) a line of more than {@code maxLineBytes} bytes. */
    public StrictLineReader(InputStream in, java.nio.charset.Charset charset, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
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
            // one byte more for the CR of a line that ends in CR LF
            if ((long) length + chunk > maxLineBytes + 1L) {
                throw new LineTooLongException(maxLineBytes);
            }
            if (length + chunk > line.length) {
                line = Arrays.copyOf(
                        line, (int) Math.min(Math.max(line.length * 2L, length + chunk), Integer.MAX_VALUE - 16));
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
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
        java.nio.CharBuffer chars =
                java.nio.CharBuffer.allocate((int) Math.ceil(length * (double) decoder.maxCharsPerByte()) + 1);
        decoder.reset();
        java.nio.charset.CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            throw new MalformedLineException(bytes.position() + 1, line[bytes.position()] & 0xFF);
        }
        decoder.flush(chars);
        return chars.flip().toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
