package nl.weegschaal.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters of an XML part of a workbook, decoded here rather than by the JDK's XML reader: given
 * bytes, that reader prints "[Fatal Error] ... Invalid byte 1 of 1-byte UTF-8 sequence" on standard
 * error for a bad byte before it throws, which would stand before the one error line. Given characters,
 * it only throws. The encoding is found as an XML reader finds it: a byte order mark, UTF-16 without
 * one, else the XML declaration's {@code encoding} (Excel writes UTF-8, the default). A bad byte is a
 * {@link java.nio.charset.CharacterCodingException} from the reader.
 */
final class XlsxXmlText {
    private static final int HEAD = 256;
    private static final Pattern DECLARED =
            Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XlsxXmlText() {
    }

    /** A reader of the part's characters; closing it closes {@code part}. */
    static Reader reader(InputStream part) throws IOException {
        BufferedInputStream in = new BufferedInputStream(part, 8192);
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        Charset charset;
        if (starts(head, 0xEF, 0xBB, 0xBF)) {
            in.skipNBytes(3);
            charset = StandardCharsets.UTF_8;
        } else if (starts(head, 0xFE, 0xFF) || starts(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16; // reads the byte order mark and drops it
        } else if (starts(head, 0x00, '<')) {
            charset = StandardCharsets.UTF_16BE;
        } else if (starts(head, '<', 0x00)) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = declared(head);
        }
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static boolean starts(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xff) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** The declaration's encoding if Java knows it, else UTF-8 (bytes that are not UTF-8 then fail to decode). */
    private static Charset declared(byte[] head) {
        Matcher declaration = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (declaration.find()) {
            try {
                Charset charset = Charset.forName(declaration.group(1));
                // a declaration read as single bytes is in an ASCII-compatible encoding, whatever it says
                return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")
                        ? StandardCharsets.UTF_8 : charset;
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
