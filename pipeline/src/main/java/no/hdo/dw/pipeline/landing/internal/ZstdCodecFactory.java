package no.hdo.dw.pipeline.landing.internal;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * parquet-java's own codec factory loads codecs through Hadoop; this one compresses with
 * zstd-jni, which parquet-java already brings, so writing needs no Hadoop at run time.
 */
final class ZstdCodecFactory implements CompressionCodecFactory {

    private static final int LEVEL = 3;

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
        if (codecName != CompressionCodecName.ZSTD) {
            throw new IllegalArgumentException("only zstd is supported, not " + codecName);
        }
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                return BytesInput.from(Zstd.compress(bytes.toByteArray(), LEVEL));
            }

            @Override
            public CompressionCodecName getCodecName() {
                return CompressionCodecName.ZSTD;
            }

            @Override
            public void release() {}
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codecName) {
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
                return BytesInput.from(Zstd.decompress(bytes.toByteArray(), decompressedSize));
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize) {
                byte[] compressed = new byte[compressedSize];
                input.get(compressed);
                output.put(Zstd.decompress(compressed, decompressedSize));
            }

            @Override
            public void release() {}
        };
    }

    @Override
    public void release() {}
}
