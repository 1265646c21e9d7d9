package nl.weegschaal.spec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a job spec: UTF-8, as YAML is, and not too large to be one. A binary file or a file in
 * another encoding given by mistake is named as such, instead of a decoder's exception.
 */
final class SpecText {
    /** Far above any real spec (the bundled one is 8 KB); a larger file is not a spec. */
    static final long MAX_BYTES = 4L << 20;

    private SpecText() {
    }

    static String read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new SpecException(file + ": not a job spec: the file has " + size + " bytes, more than the "
                    + MAX_BYTES + " a spec may have");
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new SpecException(file + ": not a job spec: byte " + (i + 1) + " is a NUL character, so this "
                        + "is a binary file, not YAML text");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SpecException(file + ": not a job spec: it is not UTF-8 text (" + describe(bytes) + "); save "
                    + "the spec as UTF-8");
        }
    }

    /** Where the first byte that is not UTF-8 is, as line and byte. */
    private static String describe(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        int at = in.position();
        long line = 1;
        for (int i = 0; i < at; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return result.isError() ? "line " + line + ", byte " + (at + 1) + ": 0x"
                + String.format("%02X", bytes[at] & 0xff) + " is not UTF-8" : "not UTF-8";
    }
}
