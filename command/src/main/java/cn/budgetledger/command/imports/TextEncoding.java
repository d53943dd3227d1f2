package cn.budgetledger.command.imports;

import org.springframework.core.io.InputStreamSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of a CSV: UTF-8 when every byte sequence is valid UTF-8 (with or without BOM), otherwise
 * GB18030, a superset of GBK and GB2312, which is what Excel on a Chinese Windows saves.
 */
final class TextEncoding {

    static final Charset GB18030 = Charset.forName("GB18030");

    private TextEncoding() {
    }

    static Charset detect(InputStreamSource file) throws IOException {
        // A strict decoder reports the first malformed sequence; streamed, so a large file is never held whole.
        try (InputStream in = file.getInputStream();
             Reader strict = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder())) {
            char[] buffer = new char[8192];
            while (strict.read(buffer) >= 0) {
                // Decoding is the check.
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return GB18030;
        }
    }
}
